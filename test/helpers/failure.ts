/** The error `call` rejects with; fails the test when it does not reject. */
export async function failure(call: Promise<unknown> | (() => Promise<unknown>)): Promise<Error> {
  try {
    await (typeof call === 'function' ? call() : call);
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`the call failed with a non-Error: ${String(error)}`);
  }
  throw new Error('the call did not fail');
}
