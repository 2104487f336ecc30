/**
 * A mistake the user can fix: bad options, a missing file, a port in use.
 * The message says what failed and on which object; `hint` says what to do
 * next, ending with the command or option to try.
 */
export class DevopsError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'DevopsError';
  }
}
