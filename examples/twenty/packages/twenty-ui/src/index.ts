import type { WorkspaceMemberRole } from 'twenty-shared';

const labels: Record<WorkspaceMemberRole, string> = {
  owner: 'Owner',
  admin: 'Administrator',
  member: 'Member',
};

/** The label the settings page shows for a workspace member's role. */
export function formatRole(role: WorkspaceMemberRole): string {
  return labels[role];
}
