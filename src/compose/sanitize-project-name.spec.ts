import { sanitizeProjectName } from './sanitize-project-name';

describe('sanitizeProjectName', () => {
  it.each([
    ['twenty', 'twenty'],
    ['Twenty CRM', 'twenty-crm'],
    ['@twentyhq/twenty', 'twentyhq-twenty'],
    ['__my.app__', 'my-app__'],
    ['-leading-dash', 'leading-dash'],
    ['twenty-docker_dev', 'twenty-docker_dev'],
    ['!!!', 'default'],
  ])('should turn %p into %p', (input, expected) => {
    expect(sanitizeProjectName(input)).toBe(expected);
  });
});
