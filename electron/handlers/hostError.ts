/** An error whose message is meant for the user, in Chinese, as it stands. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
