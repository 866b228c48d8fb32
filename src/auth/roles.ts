export const ROLES = ['customer', 'cs_agent', 'ops_admin', 'service', 'merchant'] as const;
export type Role = (typeof ROLES)[number];

/** Every role but merchant: a merchant sees only what it is charged, not even the catalog. */
export const PLATFORM_ROLES: Role[] = ['customer', 'cs_agent', 'ops_admin', 'service'];

/** Staff who may read any user's data. */
export const STAFF: Role[] = ['cs_agent', 'ops_admin'];

export interface Actor {
  /** `sub`: the user id for customers, the staff or system id otherwise. */
  id: string;
  roles: Role[];
  /** merchant role: the merchant the token speaks for (claim `merchantId`); it sees only what it is charged. */
  merchantId?: string;
}

export const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);
