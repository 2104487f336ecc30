import { createDependencies } from './create-dependencies';
import { CONFIG_FILES_GLOB, createNodes } from './create-nodes';

// Nx 21 and 22 read `createNodesV2`, Nx 23 and later `createNodes`; nx.json
// may name the package root or its `/plugin` entry point.
describe.each([
  ['the package root', '../index'],
  ['@twenty/devops/plugin', '../plugin'],
])('the inference exports of %s', (_, path) => {
  const entry = require(path);

  it('should export createNodes and createNodesV2 as one tuple', () => {
    expect(entry.createNodes).toBe(entry.createNodesV2);
    expect(entry.createNodes).toBe(createNodes);
    expect(entry.createNodes[0]).toBe(CONFIG_FILES_GLOB);
    expect(typeof entry.createNodes[1]).toBe('function');
  });

  it('should export createDependencies', () => {
    expect(entry.createDependencies).toBe(createDependencies);
  });
});
