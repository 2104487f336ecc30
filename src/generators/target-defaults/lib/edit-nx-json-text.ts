import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import type { NxJsonChange } from './target-defaults-types';

const formatting: FormattingOptions = {
  insertSpaces: true,
  tabSize: 2,
  eol: '\n',
};

/**
 * Applies the changes to nx.json's text in place, one edit at a time, so
 * its comments, key order and layout outside the edited values survive.
 * devkit's updateJson would parse the comments away and rewrite the file.
 */
export function editNxJsonText(text: string, changes: NxJsonChange[]): string {
  return changes.reduce(
    (current, change) =>
      applyEdits(
        current,
        modify(current, change.path, change.value, {
          formattingOptions: formatting,
          isArrayInsertion: change.insert,
        }),
      ),
    text,
  );
}
