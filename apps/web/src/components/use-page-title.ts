import { useDocumentTitle } from "@mantine/hooks";

/** "People · Backlot": the browser tab says where you are. */
export function usePageTitle(title: string | undefined) {
  useDocumentTitle(title ? `${title} · Backlot` : "Backlot");
}
