-- Workers without a smartphone (无智能手机的职工): staff create their Keycloak account and hand
-- over a one-time password; such a file may be worked by staff of its scope on the worker's
-- behalf (X-Weiyuan-On-Behalf-Of), each action audited as staff acting for the worker.
alter table household add column onboarded_by uuid;
alter table household add column onboarded_at timestamptz;
