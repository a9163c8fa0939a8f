import { Badge, Button, Group, Menu, Skeleton, Text } from "@mantine/core";
import { IconCheck, IconChevronDown, IconPlus } from "@tabler/icons-react";
import { useLocation, useNavigate } from "react-router";
import { useMe } from "../features/auth/api/session-api";
import { capitalize } from "../lib/format";

/** Switches between the organizations the user belongs to, keeping the current section. */
export function OrgSwitcher({ orgId }: { orgId: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (me.isPending) return <Skeleton h={28} w={160} />;
  const memberships = me.data?.memberships ?? [];
  const current = memberships.find((m) => m.organizationId === orgId);
  const section = pathname.split("/")[3] ?? "people";

  return (
    <Menu position="bottom-start" width={300} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          rightSection={<IconChevronDown size={14} />}
          data-testid="org-switcher"
          styles={{ label: { maxWidth: 220, overflow: "hidden", textOverflow: "ellipsis" } }}
        >
          <Text fz="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {current?.organizationName ?? "Organization"}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your organizations</Menu.Label>
        {memberships.map((m) => (
          <Menu.Item
            key={m.organizationId}
            onClick={() => navigate(`/o/${m.organizationId}/${section}`)}
            leftSection={m.organizationId === orgId ? <IconCheck size={14} /> : <span style={{ width: 14, display: "inline-block" }} />}
            rightSection={
              <Badge size="xs" variant="light" color="gray" radius="sm" style={{ flexShrink: 0, overflow: "visible" }}>
                {capitalize(m.role)}
              </Badge>
            }
          >
            <Group gap={6} wrap="nowrap">
              <Text fz="sm" truncate maw={180}>
                {m.organizationName}
              </Text>
            </Group>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => navigate("/organizations/new")}>
          Create organization
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
