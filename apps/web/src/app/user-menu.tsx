import { Avatar, Menu, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconKey, IconLogout } from "@tabler/icons-react";
import { useNavigate, useParams } from "react-router";
import { useMe, useSignOut } from "../features/auth/api/session-api";

export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { orgId } = useParams();
  const user = me.data?.user;
  if (!user) return null;
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label="Account menu" data-testid="user-menu">
          <Avatar size={30} radius="xl" color="initials" name={user.name} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={0} px="sm" py={6}>
          <Text fz="sm" fw={600} truncate>
            {user.name}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Stack>
        <Menu.Divider />
        {orgId && (
          <Menu.Item leftSection={<IconKey size={14} />} onClick={() => navigate(`/o/${orgId}/settings/tokens`)}>
            Personal API tokens
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconLogout size={14} />}
          onClick={async () => {
            await signOut();
            navigate("/sign-in", { replace: true });
          }}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
