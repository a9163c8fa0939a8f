import { Grid, Tabs } from "@mantine/core";
import { IconAdjustments, IconKey, IconMail, IconUsersGroup } from "@tabler/icons-react";
import { Navigate, useNavigate, useParams } from "react-router";
import { HistoryPanel } from "../../../components/history/history-panel";
import { PageHeader } from "../../../components/page-header";
import { InvitationsSection } from "../../invitations/components/invitations-section";
import { MembersSection } from "../../members/components/members-section";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { OrganizationSettingsForm } from "../../organizations/components/organization-settings-form";
import { ApiTokensSection } from "../../tokens/components/api-tokens-section";

const tabs = ["general", "members", "invitations", "tokens"] as const;
type Tab = (typeof tabs)[number];

export function SettingsPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { orgId, organization, can } = useCurrentOrg();
  if (!tabs.includes(tab as Tab)) return <Navigate to={`/o/${orgId}/settings/general`} replace />;
  if (!organization) return null;

  return (
    <>
      <PageHeader title="Settings" description={`Manage ${organization.name}, its members, and your API access.`} />
      <Tabs value={tab} onChange={(t) => t && navigate(`/o/${orgId}/settings/${t}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="general" leftSection={<IconAdjustments size={16} />}>
            Organization
          </Tabs.Tab>
          <Tabs.Tab value="members" leftSection={<IconUsersGroup size={16} />}>
            Members
          </Tabs.Tab>
          <Tabs.Tab value="invitations" leftSection={<IconMail size={16} />}>
            Invitations
          </Tabs.Tab>
          <Tabs.Tab value="tokens" leftSection={<IconKey size={16} />}>
            Personal API tokens
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
              <OrganizationSettingsForm organization={organization} canEdit={can("organization.update")} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
              <HistoryPanel orgId={orgId} recordType="organization" recordId={orgId} canRead={can("audit.read")} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersSection />
        </Tabs.Panel>
        <Tabs.Panel value="invitations">
          <InvitationsSection />
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <ApiTokensSection />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
