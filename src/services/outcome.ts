// Expected business outcomes of a write (duplicate code, overlapping rule …) are returned as
// userErrors, never thrown to the client. A Refusal thrown inside a write rolls it back whole.
import { RequestContext } from '../context';
import { UserErrorCode } from '../domain/codes';

export interface UserError {
  code: UserErrorCode;
  /** Input path of the offending field, e.g. "input.code"; null when no single field is at fault. */
  field: string | null;
  message: string;
}

export class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join(' '));
  }
}

export const refuse = (code: UserErrorCode, field: string | null, message: string): never => {
  throw new Refusal([{ code, field, message }]);
};

export interface Outcome<T> {
  value: T | null;
  userErrors: UserError[];
  /** Answered from an idempotency key's stored result: nothing was decided or written now. */
  replayed?: boolean;
}

/** Runs a write in one transaction; a Refusal rolls it back and becomes userErrors. */
export async function write<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await ctx.transaction(work), userErrors: [] };
  } catch (err) {
    if (err instanceof Refusal) return { value: null, userErrors: err.userErrors };
    throw err;
  }
}
