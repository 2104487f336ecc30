import type { WorkspaceMemberRole } from 'twenty-shared';

/** The subject line of the email that invites someone to a workspace. */
export function renderInviteSubject(workspace: string): string {
  return `You are invited to join ${workspace} on Twenty`;
}

/** One line telling the invitee which role they will hold. */
export function renderRoleLine(role: WorkspaceMemberRole): string {
  return `You will join as ${role}.`;
}
