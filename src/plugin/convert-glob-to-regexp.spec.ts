import { convertGlobToRegExp } from './convert-glob-to-regexp';

describe('convertGlobToRegExp', () => {
  it.each([
    ['infra.yml', 'infra.yml', true],
    ['infra.yml', 'infraXyml', false],
    ['*.compose.yml', 'db.compose.yml', true],
    ['*.compose.yml', 'a/db.compose.yml', false],
    ['stack-?.yaml', 'stack-1.yaml', true],
    ['{infra,stack}.yml', 'stack.yml', true],
    ['a,b.yml', 'a,b.yml', true],
    ['deploy/**/compose.yml', 'deploy/compose.yml', true],
    ['deploy/**/compose.yml', 'deploy/x/y/compose.yml', true],
    ['deploy/**', 'deploy/x/y.yml', true],
    ['(x)+.yml', '(x)+.yml', true],
  ])('should match %s against %s: %s', (glob, path, expected) => {
    expect(convertGlobToRegExp(glob).test(path)).toBe(expected);
  });
});
