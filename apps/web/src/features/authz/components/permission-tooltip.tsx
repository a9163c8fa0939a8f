import type { Action, OrgRole } from "@backlot/contracts/core/roles";
import { actionDescriptions, policy } from "@backlot/contracts/core/roles";
import { Box, Tooltip } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useExplain } from "../api/permissions-api";

function listRoles(roles: readonly OrgRole[]): string {
  const names = roles.map((r) => `${r}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "nobody");
}

type Props = { orgId: string; action: Action; allowed: boolean; children: ReactNode };

/**
 * Wraps a control the user's role may not use. The control stays visible but disabled, and
 * hovering it asks the server's explain endpoint why ("why can't I?").
 */
export function PermissionTooltip({ orgId, action, allowed, children }: Props) {
  const [hovered, setHovered] = useState(false);
  const explain = useExplain(orgId, action, hovered && !allowed);
  if (allowed) return <>{children}</>;

  const allowedRoles = explain.data?.allowedRoles ?? policy[action];
  const mine = explain.data?.role;
  const label = (
    <>
      Only {listRoles(allowedRoles)} can {actionDescriptions[action]}.
      {mine && ` You are ${/^[aeiou]/.test(mine) ? "an" : "a"} ${mine} here; ask an admin if you need this.`}
    </>
  );
  return (
    <Tooltip label={label} multiline maw={280} withArrow openDelay={150}>
      <Box
        component="span"
        display="inline-block"
        style={{ cursor: "not-allowed" }}
        onMouseEnter={() => setHovered(true)}
        onFocus={() => setHovered(true)}
        data-testid={`why-not-${action}`}
      >
        {children}
      </Box>
    </Tooltip>
  );
}
