/**
 * Slot fillers for the transcript generator: plain data. A template's `{slot}` is filled from the
 * process's domain first, then from the global lists (and numbers from `fill.ts`). Fillers may
 * contain slots themselves.
 *
 * Each domain list is phrased to fit every template that uses it:
 * - `project`: a noun phrase ("I led {project}", "you'll own {project}");
 * - `metric`: a noun phrase that can go up or down ("cut {metric} by 30%");
 * - `incident`: a past-tense clause ("Last spring, {incident}, so I…");
 * - `action`: a past-tense verb phrase ("…, so I {action}");
 * - `plan`: a bare verb phrase ("When I start, I'll {plan}");
 * - `activity`: a gerund phrase ("I enjoy {activity}").
 */
export type Slots = Readonly<Record<string, readonly string[]>>;

export const DOMAINS: Readonly<Record<string, Slots>> = {
  engineering: {
    role: ['backend engineer', 'platform engineer', 'frontend developer', 'site reliability engineer', 'full-stack developer', 'mobile engineer', 'staff engineer', 'engineering manager'],
    tool: ['Go', 'Postgres', 'Kafka', 'Kubernetes', 'Terraform', 'React', 'TypeScript', 'Rust', 'Python', 'Redis', 'gRPC', 'Datadog', 'GitHub Actions', 'AWS', 'Java', 'Swift'],
    project: ['the billing migration', 'our move to Kubernetes', 'the new search service', 'the checkout rewrite', 'the monolith split', 'the CI overhaul', 'the mobile app relaunch', 'the payments API', 'the data retention cleanup', 'the auth service', 'our on-call rotation', 'the feature flag system'],
    metric: ['deploy time', 'p99 latency', 'build times', 'on-call pages', 'page load time', 'the error rate', 'cloud costs', 'flaky test failures', 'time to restore service', 'crash rates'],
    incident: ['our checkout service went down on Black Friday', 'a schema change started double-charging customers', 'the primary database ran out of disk at 2 a.m.', 'a bad config push took out login for an hour', 'our main customer hit a memory leak in production', 'the release pipeline broke the week before launch', 'a certificate expired on the public API'],
    action: ['rolled back the release and ran the postmortem', 'traced it to a missing index and wrote the migration', 'set up canary deploys so it could not happen again', 'paired with the on-call engineer and wrote a runbook', 'split the job into batches and added alerting', 'added a nightly reconciliation job', 'moved the hot path onto a read replica'],
    plan: ['audit the on-call rotation', 'move the team to trunk-based development', 'set up weekly architecture reviews', 'rewrite the deploy scripts', 'add tracing to every service', 'clean up the test suite', 'migrate the build to GitHub Actions', 'pair with every engineer on the team'],
    topic: ['observability', 'API design', 'testing', 'distributed systems', 'developer experience', 'incident response', 'performance work', 'code review'],
    goal: ['the Q3 reliability goals', 'the platform migration', 'the launch in Europe', 'the uptime target', 'the cost-cutting goals for next year'],
    stakeholder: ['product managers', 'designers', 'the SRE team', 'the security team', 'support'],
    activity: ['debugging hard production issues', 'designing APIs', 'mentoring junior engineers', 'writing design docs', 'tuning database queries', 'cleaning up legacy code'],
  },
  product: {
    role: ['product manager', 'senior product manager', 'product owner', 'group product manager', 'technical product manager'],
    tool: ['Jira', 'Amplitude', 'Figma', 'Mixpanel', 'Notion', 'Looker', 'Productboard', 'SQL'],
    project: ['the onboarding redesign', 'the pricing page test', 'the self-serve signup flow', 'the mobile roadmap', 'the enterprise tier launch', 'the notification overhaul', 'the marketplace beta', 'the churn program'],
    metric: ['churn', 'activation', 'time to value', 'support tickets per account', 'trial conversion', 'weekly active users', 'NPS detractors', 'cycle time'],
    incident: ['our biggest customer threatened to leave', 'a competitor launched the same feature a week before us', 'engineering and sales disagreed on the roadmap', 'a pricing change caused a wave of cancellations', 'the launch date moved up by a month'],
    action: ['interviewed twenty customers and rewrote the spec', 'cut the scope in half and shipped the core flow', 'ran an A/B test on the new pricing page', 'set up a weekly triage with sales and support', 'rebuilt the roadmap around the top three accounts'],
    plan: ['talk to the top ten customers', 'rewrite the roadmap', 'set up a weekly product review', 'kill the features nobody uses', 'run a pricing experiment', 'sit with the support team for a week'],
    topic: ['user research', 'roadmapping', 'pricing', 'prioritization', 'experimentation', 'product discovery'],
    goal: ['the retention targets', 'the enterprise launch', 'next quarter\'s growth goals', 'the self-serve revenue target'],
    stakeholder: ['engineering leads', 'sales', 'customer success', 'the design team', 'finance'],
    activity: ['talking to customers', 'writing specs', 'digging into funnel data', 'running experiments', 'working through trade-offs with engineering'],
  },
  data: {
    role: ['data analyst', 'data scientist', 'analytics engineer', 'machine learning engineer', 'data engineer'],
    tool: ['SQL', 'dbt', 'Python', 'Airflow', 'Snowflake', 'BigQuery', 'Spark', 'Tableau', 'pandas', 'Looker'],
    project: ['the forecasting model', 'the churn prediction pipeline', 'the revenue dashboard', 'the warehouse migration', 'the recommendation model', 'the fraud scoring system', 'the metrics layer'],
    metric: ['forecast error', 'dashboard load time', 'false positives', 'pipeline failures', 'query costs', 'model drift', 'report turnaround time'],
    incident: ['the nightly pipeline silently dropped a day of orders', 'finance and sales reported different revenue numbers', 'the fraud model started flagging every new customer', 'the warehouse bill tripled in a month', 'a vendor changed their API without notice'],
    action: ['rebuilt the pipeline with data quality checks', 'wrote one shared definition of revenue and got both teams to sign off', 'retrained the model on recent data and added monitoring', 'partitioned the largest tables and cut the scans', 'added contract tests for every upstream source'],
    plan: ['audit the dashboards', 'document every core metric', 'set up data quality checks', 'move the pipelines to dbt', 'meet every team that uses the warehouse'],
    topic: ['data quality', 'experimentation', 'forecasting', 'data modeling', 'causal inference', 'metric definitions'],
    goal: ['the forecasting accuracy goals', 'the warehouse consolidation', 'the self-serve analytics push', 'the fraud loss targets'],
    stakeholder: ['finance', 'product managers', 'the marketing team', 'executives', 'engineering'],
    activity: ['cleaning messy data', 'building dashboards', 'explaining models to non-technical people', 'writing SQL', 'designing experiments'],
  },
  sales: {
    role: ['account executive', 'sales manager', 'sales development rep', 'enterprise account executive', 'customer success manager'],
    tool: ['Salesforce', 'HubSpot', 'Gong', 'Outreach', 'LinkedIn Sales Navigator', 'Excel'],
    project: ['the enterprise pipeline', 'the partner channel', 'the renewal playbook', 'the mid-market territory', 'the new outbound sequence', 'the pricing negotiation process'],
    metric: ['sales cycle length', 'churn', 'quota attainment', 'win rate', 'discounting', 'time to first meeting', 'pipeline coverage'],
    incident: ['our largest account went silent two weeks before renewal', 'a competitor undercut us by 30% on a key deal', 'my territory was cut in half mid-year', 'a big deal stalled in procurement for three months', 'the champion at my biggest account left the company'],
    action: ['flew out and rebuilt the relationship with their new VP', 'built a business case with their finance team', 'mapped every stakeholder and found a new champion', 'restructured the deal into two phases', 'set up quarterly business reviews with the account'],
    plan: ['call every customer up for renewal', 'rebuild the territory plan', 'shadow the top reps', 'clean up the pipeline in Salesforce', 'set up weekly deal reviews'],
    topic: ['enterprise sales', 'negotiation', 'account planning', 'forecasting', 'prospecting', 'renewals'],
    goal: ['the annual quota', 'the expansion targets', 'the new-logo goals', 'the renewal rate target'],
    stakeholder: ['sales engineers', 'marketing', 'legal', 'customer success', 'finance'],
    activity: ['building relationships', 'closing complex deals', 'running discovery calls', 'coaching new reps', 'negotiating contracts'],
  },
  design: {
    role: ['product designer', 'UX researcher', 'design lead', 'UX designer', 'content designer'],
    tool: ['Figma', 'Sketch', 'Miro', 'Maze', 'Dovetail', 'Framer'],
    project: ['the design system', 'the checkout redesign', 'the accessibility audit', 'the settings overhaul', 'the new mobile navigation', 'the onboarding flow'],
    metric: ['task completion time', 'drop-off in checkout', 'support tickets', 'accessibility issues', 'design review turnaround'],
    incident: ['usability testing showed nobody could find the export button', 'an accessibility complaint came in from a major customer', 'two teams shipped conflicting versions of the same component', 'research showed our main persona was wrong'],
    action: ['ran five rounds of testing and simplified the flow', 'led a full audit and fixed every critical issue', 'set up a shared component library', 'rewrote the personas from fresh interviews'],
    plan: ['audit the design system', 'run a round of usability tests', 'set up a weekly design critique', 'interview customers about the onboarding'],
    topic: ['accessibility', 'design systems', 'user research', 'interaction design', 'prototyping'],
    goal: ['the accessibility targets', 'the redesign launch', 'the conversion goals'],
    stakeholder: ['engineers', 'product managers', 'researchers', 'marketing'],
    activity: ['prototyping', 'running usability tests', 'sketching ideas with engineers', 'facilitating workshops'],
  },
  support: {
    role: ['support lead', 'operations manager', 'customer support manager', 'implementation specialist', 'support engineer'],
    tool: ['Zendesk', 'Intercom', 'Jira', 'Salesforce', 'Excel', 'Slack'],
    project: ['the support queue redesign', 'the help center rewrite', 'the escalation process', 'the tier-two rotation', 'the onboarding program for new hires'],
    metric: ['first response time', 'ticket backlog', 'escalations', 'CSAT complaints', 'handle time', 'repeat contacts'],
    incident: ['the queue hit 900 tickets after an outage', 'a billing bug hit every customer on the annual plan', 'half the team was out sick during our busiest week', 'a key customer escalated straight to our CEO'],
    action: ['set up a war room and triaged the backlog by severity', 'wrote macros for the top ten issues', 'reorganized the shifts and took the phones myself', 'called the customer every day until it was fixed'],
    plan: ['review the escalation process', 'rewrite the macros', 'set up a weekly backlog review', 'sit in on the queue for a week'],
    topic: ['customer experience', 'process design', 'workforce planning', 'knowledge management'],
    goal: ['the response time targets', 'the CSAT goals', 'the support cost targets'],
    stakeholder: ['engineering', 'product', 'account managers', 'the billing team'],
    activity: ['solving customer problems', 'writing documentation', 'coaching the team', 'building processes'],
  },
  marketing: {
    role: ['marketing manager', 'growth marketer', 'content strategist', 'product marketing manager', 'demand generation manager'],
    tool: ['HubSpot', 'Google Ads', 'Marketo', 'WordPress', 'GA4', 'Canva'],
    project: ['the website relaunch', 'the webinar program', 'the product launch campaign', 'the SEO overhaul', 'the customer newsletter', 'the referral program'],
    metric: ['cost per lead', 'organic traffic', 'email unsubscribes', 'customer acquisition cost', 'bounce rate', 'signup conversion'],
    incident: ['our main ad account was suspended the week of a launch', 'a campaign went out with the wrong pricing', 'organic traffic dropped by half after an algorithm update', 'the launch event was moved online two days before'],
    action: ['rebuilt the campaign on a new channel in three days', 'sent a correction and offered the old price to everyone', 'audited every page and fixed the technical SEO issues', 'turned the event into a webinar series'],
    plan: ['audit the funnel', 'rewrite the positioning', 'set up a content calendar', 'talk to the sales team about lead quality'],
    topic: ['positioning', 'content marketing', 'paid acquisition', 'brand', 'lifecycle marketing'],
    goal: ['the pipeline targets', 'the brand launch', 'the lead quality goals'],
    stakeholder: ['sales', 'product', 'the design team', 'leadership'],
    activity: ['writing', 'running campaigns', 'analyzing funnels', 'talking to customers'],
  },
};

export const GLOBAL: Slots = {
  firstName: ['Sam', 'Priya', 'Jordan', 'Mateo', 'Aisha', 'Chen', 'Olga', 'Kwame', 'Lucía', 'Noah', 'Fatima', 'Ravi', 'Emma', 'Diego', 'Yuki', 'Hannah', 'Tomás', 'Amara', 'Lena', 'Omar', 'Grace', 'Felix', 'Zara', 'Ben', 'Ines', 'Kofi', 'Mei', 'Arjun', 'Sofia', 'Liam', 'Nadia', 'Ethan', 'Leila', 'Marcus', 'Elif', 'Jonas', 'Ana', 'Tariq', 'Chloe', 'Viktor'],
  companyHead: ['Acme', 'Globex', 'Initech', 'Northwind', 'Contoso', 'Blue', 'North', 'Bright', 'Red', 'Silver', 'Iron', 'Green', 'Clear', 'Harbor', 'Summit', 'Kestrel', 'Lumen', 'Atlas'],
  companyTail: ['Labs', 'Systems', 'Health', 'Payments', 'Logistics', 'Media', 'Bank', 'Freight', 'Analytics', 'Retail', 'Software', 'Energy', 'Insurance', 'Travel'],
  school: ['a state university', 'a small college', 'a coding bootcamp', 'the University of Toronto', 'Georgia Tech', 'a university in Lagos', 'TU Munich'],
  field: ['computer science', 'economics', 'physics', 'psychology', 'mechanical engineering', 'journalism', 'statistics', 'business', 'philosophy'],
  when: ['last spring', 'last year', 'two years ago', 'a few quarters back', 'in my first month there', 'last summer', 'early last year', 'right before I left', 'in {year}'],
  day: ['Friday', 'Monday', 'the end of the week', 'tomorrow', 'Thursday', 'the end of the month'],
  weekday: ['Monday', 'Tuesday', 'Wednesday'],
  timeframe: ['a year', 'six months', 'the first 90 days', 'the first quarter', 'two years'],
  period: ['week', 'month', 'year', 'quarter'],
  cadence: ['every week', 'twice a week', 'every day', 'every two weeks'],
  offers: ['two other offers', 'another offer', 'three other offers', 'a competing offer'],
  dept: ['engineering', 'product', 'operations', 'customer success', 'sales', 'data'],
  weakness: ['delegating', 'saying no to people', 'public speaking', 'estimating timelines', 'letting go of details'],
  value: ['clear ownership', 'honest feedback', 'shipping often', 'written communication', 'a calm on-call culture', 'autonomy'],
  lesser: ['process for its own sake', 'big launches', 'long meetings', 'heroics', 'perfect documentation'],
  challenge: ['disagreed with your manager', 'missed a deadline', 'had to give hard feedback', 'turned a project around', 'dealt with a difficult stakeholder', 'made a mistake in production', 'had to learn something fast', 'led without authority'],
  situation: ['a teammate who keeps missing deadlines', 'two priorities that conflict', 'a customer who is angry about a bug', 'a project that is behind schedule', 'a decision you disagree with'],
  adj: ['messy', 'chaotic', 'a learning experience', 'more political than I expected', 'a bit rushed', 'fine in the end', 'harder than it looked'],
  filler: ['um', 'uh', 'you know', 'like', 'I mean', 'basically'],
  fillerLead: ['Um', 'Uh', 'You know', 'I mean', 'So um', 'Uh, yeah'],
  opener: ['Sure.', 'Yeah.', 'Good question.', 'Right.', 'Okay.', 'Yes.', 'Happy to.', 'Of course.'],
  lead: ['So', 'Yeah, so', 'Honestly,', 'Well,', 'Okay, so', 'And', 'But'],
  unit: ['a year', 'a month', 'a quarter'],
};
