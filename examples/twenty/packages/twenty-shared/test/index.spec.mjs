import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CORE_SCHEMA,
  MAX_API_KEYS_PER_WORKSPACE,
  WORKSPACE_MEMBER_ROLES,
} from '../dist/index.js';

test('puts the core tables in the core schema', () => {
  assert.equal(CORE_SCHEMA, 'core');
});

test('lists the owner role first', () => {
  assert.equal(WORKSPACE_MEMBER_ROLES[0], 'owner');
  assert.ok(MAX_API_KEYS_PER_WORKSPACE > 0);
});
