import { z } from "zod";
import { actions, orgRoles, scopeTypes } from "./roles";

export const explainQuery = z.object({
  action: z.enum(actions),
  scopeType: z.enum(scopeTypes).optional(),
  scopeId: z.uuid().optional(),
});

export const explanationSchema = z.object({
  action: z.enum(actions),
  allowed: z.boolean(),
  role: z.enum(orgRoles).describe("The role the decision was made with"),
  grantedBy: z.enum(["organization", "scope"]).nullable(),
  allowedRoles: z.array(z.enum(orgRoles)),
  reason: z.string(),
});
export type Explanation = z.infer<typeof explanationSchema>;

export const meSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  memberships: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      role: z.enum(orgRoles),
    }),
  ),
});
export type Me = z.infer<typeof meSchema>;
