import { Avatar, Combobox, Group, Text, Textarea, type TextareaProps, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUsersGroup } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useMembers } from "../../members/api/members-api";
import { useDepartments } from "../../people/api/people-api";
import { activeMentionQuery, type Mention } from "../api/mentions";

type Props = Omit<TextareaProps, "value" | "onChange"> & {
  orgId: string;
  value: string;
  onChange: (value: string) => void;
  /** Called with each mention picked from the list, so the caller can save it as a token. */
  onMention: (mention: Mention) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmit?: () => void;
};

type Candidate = Mention & { detail: string };

function useCandidates(orgId: string, query: string | null): Candidate[] {
  const [debounced] = useDebouncedValue(query ?? "", 150);
  const enabled = query !== null;
  const members = useMembers(orgId, debounced, enabled);
  const departments = useDepartments(orgId, enabled);
  return useMemo(() => {
    if (query === null) return [];
    const q = query.toLowerCase();
    const people: Candidate[] = (members.data?.items ?? [])
      .filter((m) => m.role !== "client" && m.role !== "guest")
      .filter((m) => !q || m.name.toLowerCase().includes(q) || m.email.toLowerCase().startsWith(q))
      .slice(0, 8)
      .map((m) => ({ kind: "user", ref: m.userId, label: m.name, detail: m.email }));
    const teams: Candidate[] = (departments.data ?? [])
      .filter((d) => !q || d.toLowerCase().includes(q))
      .slice(0, 4)
      .map((d) => ({ kind: "department", ref: d, label: d, detail: "Everyone in the department" }));
    return [...people, ...teams];
  }, [query, members.data, departments.data]);
}

/**
 * A Markdown textarea with @mention autocomplete: typing `@` lists members and departments;
 * picking one writes `@Name` and reports the mention, which the caller saves as a token.
 */
export function MentionTextarea({ orgId, value, onChange, onMention, onSubmit, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [active, setActive] = useState<{ start: number; query: string } | null>(null);
  const candidates = useCandidates(orgId, active?.query ?? null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const open = active !== null && candidates.length > 0;
  // Enter picks the first match without arrowing down to it. The store is a new object each
  // render, so the effect reaches it through a ref and runs only when the matches change.
  const store = useRef(combobox);
  store.current = combobox;
  useEffect(() => {
    if (open && candidates.length > 0) store.current.selectFirstOption();
  }, [open, candidates]);

  const track = (text: string, caret: number) => {
    const next = activeMentionQuery(text, caret);
    setActive(next);
    if (next) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const pick = (key: string) => {
    const chosen = candidates.find((c) => `${c.kind}:${c.ref}` === key);
    if (!chosen || !active) return;
    const caret = active.start + 1 + active.query.length;
    const text = `${value.slice(0, active.start)}@${chosen.label} ${value.slice(caret)}`;
    onChange(text);
    onMention({ kind: chosen.kind, ref: chosen.ref, label: chosen.label });
    setActive(null);
    combobox.closeDropdown();
    const at = active.start + chosen.label.length + 2;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} position="bottom-start" width={320} withinPortal>
      <Combobox.Target targetType="input" withKeyboardNavigation={open}>
        <Textarea
          ref={ref}
          {...rest}
          value={value}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            track(e.currentTarget.value, e.currentTarget.selectionStart);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape" && open) {
              e.stopPropagation();
              setActive(null);
              combobox.closeDropdown();
            } else if (e.key === "Enter" && (e.metaKey || e.ctrlKey) && onSubmit) {
              e.preventDefault();
              onSubmit();
            }
          }}
          onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!open} aria-label="Mention someone">
        <Combobox.Options>
          {candidates.map((c) => (
            <Combobox.Option key={`${c.kind}:${c.ref}`} value={`${c.kind}:${c.ref}`}>
              <Group gap="xs" wrap="nowrap">
                {c.kind === "department" ? (
                  <Avatar size={24} radius="xl" color="grape">
                    <IconUsersGroup size={14} />
                  </Avatar>
                ) : (
                  <Avatar size={24} radius="xl" color="initials" name={c.label} />
                )}
                <div style={{ minWidth: 0 }}>
                  <Text fz="sm" fw={500} truncate>
                    {c.label}
                  </Text>
                  <Text fz="xs" c="dimmed" truncate>
                    {c.detail}
                  </Text>
                </div>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
