/** `docker-up` for a project's main setup, `docker-up:dev` for another. */
export function nameTarget(baseName: string, label?: string): string {
  return label ? `${baseName}:${label}` : baseName;
}
