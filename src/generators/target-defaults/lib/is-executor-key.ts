/**
 * Whether a `targetDefaults` key names an executor (`@nx/jest:jest`,
 * `nx:run-commands`) rather than a target, such as `test:integration`.
 * Executors come from packages, so the part before the colon is a scoped
 * package or `nx`.
 */
export function isExecutorKey(key: string): boolean {
  return /^(?:@[\w.-]+\/[\w.-]+|nx):[\w-]+$/.test(key);
}
