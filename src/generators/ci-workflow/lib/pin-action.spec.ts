import { pinAction } from './pin-action';

describe('pinAction', () => {
  it.each([
    ['actions/checkout@v4', 'v4.2.2'],
    ['actions/setup-node@v4', 'v4.4.0'],
    ['actions/cache@v4', 'v4.2.3'],
    ['nrwl/nx-set-shas@v4', 'v4.4.0'],
    ['oven-sh/setup-bun@v2', 'v2.0.1'],
  ])('should pin %s to a commit SHA of %s', (uses, version) => {
    const pinned = pinAction(uses, {});

    expect(pinned.version).toBe(version);
    expect(pinned.uses).toMatch(
      new RegExp(`^${uses.split('@')[0]}@[0-9a-f]{40}$`),
    );
  });

  it('should take a SHA from actionShas over the built-in one', () => {
    const sha = 'b'.repeat(40);

    expect(
      pinAction('actions/checkout@v4', { 'actions/checkout@v4': sha }),
    ).toEqual({ uses: `actions/checkout@${sha}`, version: 'v4' });
  });

  it('should refuse an action it knows no SHA for, naming it and the actionShas option', () => {
    const pin = () => pinAction('acme/deploy@v1', {});

    expect(pin).toThrow(
      'pinActions is set, but no commit SHA is known for acme/deploy@v1.',
    );
    expect(pin).toThrow(
      expect.objectContaining({
        hint: expect.stringContaining(
          `--actionShas='{"acme/deploy@v1":"<40 hex digits>"}'`,
        ),
      }),
    );
  });
});
