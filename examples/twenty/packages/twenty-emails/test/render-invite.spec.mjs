import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  renderInviteSubject,
  renderRoleLine,
} from '../dist/twenty-emails/src/index.js';

test('renders the invite subject with the workspace name', () => {
  assert.match(renderInviteSubject('Acme'), /Acme/);
});

test('names the role the invitee will hold', () => {
  assert.equal(renderRoleLine('admin'), 'You will join as admin.');
});
