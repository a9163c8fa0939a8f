import type { Organization } from "@backlot/contracts/core/organizations";
import { Select, SegmentedControl, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useMemo } from "react";
import { commonCurrencies, timeZoneOptions } from "../api/organizations-api";

export type OrganizationFormValues = {
  name: string;
  timeZone: string;
  currency: string;
  weekStart: Organization["weekStart"];
};

export const organizationValidation = {
  name: (v: string) => (!v.trim() ? "Enter the organization's name" : v.trim().length > 120 ? "Keep it under 120 characters" : null),
  timeZone: (v: string) => (v ? null : "Choose a time zone"),
  currency: (v: string) => (/^[A-Z]{3}$/.test(v) ? null : "Use a three-letter code such as USD"),
};

export function currencyOptions(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const all = supported ? supported("currency") : [];
  return [...commonCurrencies, ...all.filter((c) => !commonCurrencies.includes(c))];
}

/** Any form that has these three fields (creation and the settings page). */
type RegionForm = {
  getInputProps: (path: "timeZone" | "currency" | "weekStart") => ReturnType<UseFormReturnType<OrganizationFormValues>["getInputProps"]>;
};

type Props = { form: RegionForm; disabled?: boolean };

/** Time zone, currency and work week: the settings shared by creation and the settings page. */
export function OrganizationRegionFields({ form, disabled }: Props) {
  const zones = useMemo(timeZoneOptions, []);
  const currencies = useMemo(currencyOptions, []);
  return (
    <Stack gap="sm">
      <Select
        label="Time zone"
        description="Used for schedules, day boundaries and reports."
        data={zones}
        searchable
        limit={100}
        nothingFoundMessage="No matching time zone"
        allowDeselect={false}
        disabled={disabled}
        {...form.getInputProps("timeZone")}
      />
      <Select
        label="Currency"
        description="Default for rates and budgets."
        data={currencies}
        searchable
        allowDeselect={false}
        disabled={disabled}
        {...form.getInputProps("currency")}
      />
      <Stack gap={4}>
        <Text fz="sm" fw={500}>
          Week starts on
        </Text>
        <SegmentedControl
          aria-label="Week starts on"
          disabled={disabled}
          data={[
            { value: "monday", label: "Monday" },
            { value: "sunday", label: "Sunday" },
            { value: "saturday", label: "Saturday" },
          ]}
          {...form.getInputProps("weekStart")}
        />
      </Stack>
    </Stack>
  );
}
