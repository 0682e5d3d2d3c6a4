-- Destruction candidates (152-FZ art. 21 p.4, purpose achieved): the list is computed at read time from the
-- submissions (server/destructionCandidates/destructionCandidates.repo.ts). These partial indexes hold only the
-- submissions that can still be one, leads turned into a subject and rejections, whose payload is not erased yet
-- (an erased one has an empty wrapped key): a lead destroyed leaves the index instead of being read again on every
-- list. Only a query that names the same conditions uses them, so no other plan changes.
-- The list takes callback and chat leads: (service, decided_at) gives each service's range of decisions.
CREATE INDEX submissions_live_leads ON submissions(service, decided_at)
  WHERE status = 'created' AND wrapped_key <> X'';
-- status leads although it is fixed: without it the planner, having no statistics, prefers the equality on
-- submissions_by_status to this index's range.
CREATE INDEX submissions_live_rejections ON submissions(status, decided_at)
  WHERE status = 'rejected' AND wrapped_key <> X'';
