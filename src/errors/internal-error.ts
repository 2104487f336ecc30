import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A check that cannot fail unless this plugin has a bug. The message asks
 * for a report and carries the versions that matter.
 */
export class InternalError extends Error {
  constructor(message: string) {
    super(
      `${message}\nThis is a bug in @twenty/devops ${readOwnVersion()} ` +
        `(Node ${process.version}). Please report it with this message.`,
    );
    this.name = 'InternalError';
  }
}

function readOwnVersion(): string {
  try {
    const path = join(__dirname, '..', '..', 'package.json');
    return JSON.parse(readFileSync(path, 'utf8')).version;
  } catch {
    return '(unknown version)';
  }
}
