import type { Comment, CommentRecordType, CreateCommentBody, UpdateCommentBody } from "@backlot/contracts/core/comments";
import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

type Page = { items: Comment[]; nextCursor: string | null };
export type CommentPages = InfiniteData<Page, string | undefined>;

const commentsUrl = (orgId: string) => `/api/v1/organizations/${orgId}/comments`;

/** A record's comments, oldest first, 100 at a time. */
export function useComments(orgId: string, recordType: CommentRecordType, recordId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.comments(orgId, recordType, recordId),
    queryFn: ({ pageParam, signal }) => api<Page>(commentsUrl(orgId), { query: { recordType, recordId, limit: 100, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** Puts a saved comment into its record's cached thread (added at the end, or replaced). */
export function putComment(data: CommentPages | undefined, comment: Comment): CommentPages | undefined {
  if (!data) return data;
  const exists = data.pages.some((p) => p.items.some((c) => c.id === comment.id));
  if (exists) return { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((c) => (c.id === comment.id ? comment : c)) })) };
  const last = data.pages.length - 1;
  // A thread with more pages to load gets the comment when that page is fetched.
  if (data.pages[last]?.nextCursor) return data;
  return { ...data, pages: data.pages.map((p, i) => (i === last ? { ...p, items: [...p.items, comment] } : p)) };
}

function useCommentSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (comment: Comment) => {
    queryClient.setQueryData<CommentPages>(queryKeys.comments(orgId, comment.recordType, comment.recordId), (old) => putComment(old, comment));
  };
}

export function useCreateComment(orgId: string) {
  const onSuccess = useCommentSaved(orgId);
  return useMutation({
    mutationFn: (body: CreateCommentBody) => api<Comment>(commentsUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateComment(orgId: string) {
  const onSuccess = useCommentSaved(orgId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateCommentBody & { id: string }) => api<Comment>(`${commentsUrl(orgId)}/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}

export function useDeleteComment(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: Comment) => api<void>(`${commentsUrl(orgId)}/${comment.id}`, { method: "DELETE" }),
    onSuccess: (_v, comment) => queryClient.invalidateQueries({ queryKey: queryKeys.comments(orgId, comment.recordType, comment.recordId) }),
  });
}
