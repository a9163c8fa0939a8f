import type { GridRow } from "@backlot/contracts/tracking/grid";
import type { ICellRendererComp, ICellRendererParams } from "ag-grid-community";
import { readableOn } from "../../config/components/status-pill";
import type { CellMenuKind, GridContext } from "./grid-context";
import classes from "./production-grid.module.css";

type Params = ICellRendererParams<GridRow, unknown, GridContext> & { taskTypeId: string };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(action: CellMenuKind | "add", className: string, label: string, disabled: boolean) {
  const b = el("button", className);
  b.type = "button";
  b.dataset.action = action;
  b.setAttribute("aria-label", label);
  b.disabled = disabled;
  return b;
}

/**
 * One task of the grid: its status pill and who it is assigned to. Plain DOM rather than a
 * React component: scrolling 10,000 rows creates and recycles these cells by the hundred per
 * second, and AG Grid's own renderer interface skips React's reconciliation for each of them.
 * Text goes in through textContent only (status names and people are user data).
 */
export class TaskCellRenderer implements ICellRendererComp<GridRow> {
  private gui = el("div", classes.cell ?? "");
  private params: Params | null = null;

  init(params: Params) {
    this.gui.addEventListener("click", this.onClick);
    this.render(params);
  }

  getGui() {
    return this.gui;
  }

  refresh(params: Params) {
    this.render(params);
    return true;
  }

  destroy() {
    this.gui.removeEventListener("click", this.onClick);
  }

  private onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest("button");
    const params = this.params;
    if (!target || target.disabled || !params?.data) return;
    const action = target.dataset.action as CellMenuKind | "add";
    if (action === "add") params.context.createTask(params.data, params.taskTypeId, target);
    else params.context.openMenu(action, target, params.data, params.taskTypeId);
  };

  private render(params: Params) {
    this.params = params;
    const { data, context, taskTypeId } = params;
    this.gui.replaceChildren();
    delete this.gui.dataset.testid;
    delete this.gui.dataset.status;
    if (!data) return;
    const cell = data.tasks[taskTypeId];
    if (!cell) {
      if (context.canEdit) this.gui.append(Object.assign(button("add", classes.addTask ?? "", `Add task on ${data.code}`, false), { textContent: "+" }));
      else this.gui.append(el("span", classes.none ?? "", "—"));
      return;
    }
    this.gui.dataset.testid = "task-cell";
    const status = context.statuses.get(cell.statusId);
    const pillButton = button("status", classes.pillButton ?? "", `Status of ${data.code}: ${status?.name ?? "unknown"}`, !context.canProgress);
    pillButton.title = status?.name ?? "";
    const pill = el("span", classes.pill ?? "", status?.shortCode ?? "?");
    pill.style.background = status?.color ?? "#868e96";
    pill.style.color = readableOn(status?.color ?? "#868e96");
    pillButton.append(pill);
    this.gui.dataset.status = status?.name ?? "";

    const slots = cell.assigneeSlotIds.map((id) => context.slots.get(id)).filter((s) => s !== undefined);
    const names = slots.map((s) => s.label).join(", ");
    const who = button("assignees", classes.assignees ?? "", `Assignees of ${data.code}: ${names || "none"}`, !context.canEdit);
    if (names) who.title = names;
    for (const s of slots.slice(0, 2)) {
      const chip = el("span", classes.initials ?? "", s.initials);
      if (s.open) chip.dataset.open = "true";
      who.append(chip);
    }
    if (slots.length > 2) who.append(el("span", classes.more ?? "", `+${slots.length - 2}`));
    if (slots.length === 0 && context.canEdit) who.append(el("span", classes.assignHint ?? "", "assign"));
    this.gui.append(pillButton, who);
  }
}
