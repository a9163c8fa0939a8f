import type { PersonProfile } from "@backlot/contracts/booking/profiles";
import { Chip, Divider, Grid, Group, Input, NumberInput, TagsInput, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { CurrencySelect, TimeZoneSelect } from "./region-selects";
import { SkillsEditor } from "./skills-editor";
import { capacityLabel, type ProfileFormValues, weekdays } from "./profile-values";

type Props = { orgId: string; form: UseFormReturnType<ProfileFormValues>; profile: PersonProfile; disabled: boolean };

export function ProfileFields({ orgId, form, profile, disabled }: Props) {
  const values = form.getValues();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <SkillsEditor
          orgId={orgId}
          value={values.skills}
          onChange={(next) => form.setFieldValue("skills", next)}
          error={form.errors.skills as string | undefined}
          disabled={disabled}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Grid gap="sm">
          <Grid.Col span={6}>
            <Input.Wrapper label="Department" description="Edited under Details">
              <Text fz="sm" mt={6}>
                {profile.department ?? "—"}
              </Text>
            </Input.Wrapper>
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label="Location" placeholder="e.g. London" disabled={disabled} {...form.getInputProps("location")} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TimeZoneSelect
              label="Time zone"
              placeholder={`The organization's (${profile.effectiveTimeZone})`}
              description="Whole-day bookings and time off start at midnight here."
              disabled={disabled}
              {...form.getInputProps("timeZone")}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <NumberInput label="Day rate" placeholder="None" decimalScale={2} thousandSeparator="," disabled={disabled} {...form.getInputProps("dayRate")} />
          </Grid.Col>
          <Grid.Col span={6}>
            <CurrencySelect label="Currency" placeholder="Organization's" disabled={disabled} {...form.getInputProps("currency")} />
          </Grid.Col>
          <Grid.Col span={6}>
            <NumberInput label="Experience (years)" placeholder="—" allowDecimal={false} disabled={disabled} {...form.getInputProps("experienceYears")} />
          </Grid.Col>
        </Grid>
      </Grid.Col>
      <Grid.Col span={12}>
        <Divider label="Working week" labelPosition="left" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Input.Wrapper label="Working days" error={form.errors.workDays}>
          <Chip.Group multiple value={values.workDays} onChange={(v) => form.setFieldValue("workDays", v)}>
            <Group gap={4} mt={8} wrap="nowrap">
              {weekdays.map((d) => (
                <Chip key={d.value} value={d.value} size="xs" radius="sm" disabled={disabled}>
                  {d.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <NumberInput label="Hours a day" step={0.5} decimalScale={2} disabled={disabled} {...form.getInputProps("hoursPerDay")} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Text fz="xs" c="dimmed" data-testid="capacity-label">
          Capacity: {capacityLabel(values.workDays, values.hoursPerDay)}
        </Text>
      </Grid.Col>
      <Grid.Col span={12}>
        <Divider label="Portfolio" labelPosition="left" />
      </Grid.Col>
      <Grid.Col span={12}>
        <TagsInput
          label="Portfolio links"
          description="Reels, ArtStation, IMDb… Press Enter after each address."
          placeholder={values.portfolioLinks.length ? "" : "https://"}
          disabled={disabled}
          splitChars={[" ", ","]}
          {...form.getInputProps("portfolioLinks")}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Bio" autosize minRows={2} maxRows={6} disabled={disabled} {...form.getInputProps("bio")} />
      </Grid.Col>
    </Grid>
  );
}
