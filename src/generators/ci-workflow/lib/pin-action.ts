import { DevopsError } from '../../../errors/devops-error';

// The commit each release tag points at (the version in the comment), as
// the public workflows that pin these actions agree; `actionShas`
// overrides them. Every action the generator writes has an entry (the
// spec checks it), so --pinActions needs no `actionShas`.
const knownShas: Record<string, { sha: string; version: string }> = {
  'actions/checkout@v4': {
    sha: '11bd71901bbe5b1630ceea73d27597364c9af683',
    version: 'v4.2.2',
  },
  'actions/setup-node@v4': {
    sha: '49933ea5288caeca8642d1e84afbd3f7d6820020',
    version: 'v4.4.0',
  },
  'actions/cache@v4': {
    sha: '5a3ec84eff668545956fd18022155c47e93e2684',
    version: 'v4.2.3',
  },
  'nrwl/nx-set-shas@v4': {
    sha: '3e9ad7370203c1e93d109be57f3b72eb0eb511b1',
    version: 'v4.4.0',
  },
  'oven-sh/setup-bun@v2': {
    sha: '4bc047ad259df6fc24a6c9b0f9a0cb08cf17fbe5',
    version: 'v2.0.1',
  },
};

/** `owner/name@<sha>` for `owner/name@version`, with the version it stands for. */
export function pinAction(
  uses: string,
  actionShas: Record<string, string>,
): { uses: string; version: string } {
  const [action, version] = uses.split('@');
  const given = actionShas[uses];
  if (given) return { uses: `${action}@${given}`, version };

  const known = knownShas[uses];
  if (known) return { uses: `${action}@${known.sha}`, version: known.version };
  throw new DevopsError(
    `pinActions is set, but no commit SHA is known for ${uses}.`,
    `Look up the commit of its ${version} tag and pass it, such as --actionShas='{"${uses}":"<40 hex digits>"}'.`,
  );
}
