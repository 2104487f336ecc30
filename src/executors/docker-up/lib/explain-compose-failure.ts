// What Compose v1 and v2 print when an image cannot be had: a registry that
// cannot be reached, a repository or tag that does not exist, or, with
// `--pull never`, an image that is not local.
const IMAGE_PROBLEMS = [
  /pull access denied/i,
  /manifest unknown/i,
  /manifest for \S+ not found/i,
  /failed to resolve reference/i,
  /error pulling image/i,
  /Get "https?:\/\/[^"]+\/v2\/[^"]*": /,
  /No such image/i,
];

/**
 * The next step to suggest after a failed `compose pull` or `compose up`,
 * read from compose's output: it already says what failed, but not what
 * to do about it.
 */
export function explainComposeFailure(output: string): string {
  if (IMAGE_PROBLEMS.some((pattern) => pattern.test(output))) {
    return (
      'An image could not be pulled: check the image names and tags in the compose files, ' +
      'check that the registry can be reached (and `docker login` for a private one), ' +
      'or build or load the image on this machine first; then run docker-up again.'
    );
  }
  return 'Fix what compose reports, then run docker-up again.';
}
