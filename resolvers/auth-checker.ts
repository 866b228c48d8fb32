import { AuthCheckerFn } from 'type-graphql';
import { hasRole } from '../src/auth/access';
import { Role } from '../src/auth/roles';
import { RequestContext } from '../src/context';
import { forbidden, unauthenticated } from '../src/errors';

/** @Authorized() lets any signed-in actor through (none does: merchants may not); @Authorized('ops_admin', …) needs one of the roles. */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  if (!context.actor) throw unauthenticated();
  if (roles.length === 0 || hasRole(context, ...roles)) return true;
  throw forbidden(`This needs one of the roles: ${roles.join(', ')}.`);
};
