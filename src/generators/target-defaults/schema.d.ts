/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Reads the project graph, inferred targets included, and nx.json, then writes target defaults that cache every deterministic target with explicit inputs and outputs, keep side-effect targets out of the cache and wire db-migrate and integration tests to their services; reports each problem found with its fix.
 */
export interface TargetDefaultsGeneratorOptions {
  /**
   * Change nothing, print the findings and fail when nx.json is not tuned, for use in CI. Defaults to false.
   */
  check?: boolean;
  /**
   * Replace values in targetDefaults that differ from the proposal instead of keeping them and reporting the conflict. Defaults to false.
   */
  force?: boolean;
  /**
   * Leave the changed files as written, without formatting them. Defaults to false.
   */
  skipFormat?: boolean;
}
