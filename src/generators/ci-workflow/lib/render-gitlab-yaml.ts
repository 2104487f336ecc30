import { Document } from 'yaml';
import { GENERATED_MARKER } from './generated-marker';

/** The GitLab pipeline as YAML text, under the marker line. */
export function renderGitlabYaml(pipeline: Record<string, unknown>): string {
  const document = new Document(pipeline, { aliasDuplicateObjects: false });
  document.commentBefore = ` ${GENERATED_MARKER}`;
  return document.toString({ lineWidth: 0 });
}
