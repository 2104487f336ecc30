import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRole } from '../dist/twenty-ui/src/index.js';

test('labels every role', () => {
  assert.equal(formatRole('owner'), 'Owner');
  assert.equal(formatRole('admin'), 'Administrator');
});
