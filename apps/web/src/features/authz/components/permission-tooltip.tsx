import type { Action } from "@backlot/contracts/core/roles";
import { policy } from "@backlot/contracts/core/roles";
import { Box, Tooltip } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useExplain } from "../api/permissions-api";

type Props = { orgId: string; action: Action; allowed: boolean; children: ReactNode };

/**
 * Wraps a control the user's role may not use. The control stays visible but disabled, and
 * hovering it asks the server's explain endpoint why ("why can't I?").
 */
export function PermissionTooltip({ orgId, action, allowed, children }: Props) {
  const [hovered, setHovered] = useState(false);
  const explain = useExplain(orgId, action, hovered && !allowed);
  if (allowed) return <>{children}</>;

  const fallback = `Only ${policy[action].join(", ")} can do this.`;
  const label = explain.data?.reason ?? (explain.isLoading ? "Checking your permissions…" : fallback);
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
