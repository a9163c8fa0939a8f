import { Select, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { timeZoneOptions } from "../../../organizations/api/organizations-api";
import { currencyOptions } from "../../../organizations/components/organization-fields";

type Props = Omit<SelectProps, "data">;

/** A time zone, or none for "the organization's". */
export function TimeZoneSelect(props: Props) {
  const zones = useMemo(timeZoneOptions, []);
  return <Select data={zones} searchable clearable limit={100} nothingFoundMessage="No matching time zone" {...props} />;
}

export function CurrencySelect(props: Props) {
  const currencies = useMemo(currencyOptions, []);
  return <Select data={currencies} searchable clearable limit={60} nothingFoundMessage="Not a currency code" {...props} />;
}
