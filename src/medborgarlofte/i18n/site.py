"""Messages of `pledge site`: the website's pages, feeds, share images and the command."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the command
    "site.help": (
        "Bygger en webbplats för uppföljningen: sidor, Atom-flöden, öppna data och "
        "delningsbilder ur en eller flera löftesfiler. Exempel: pledge site löften/ -o public",
        "Builds a follow-up website: pages, Atom feeds, open data and share images from one "
        "or more pledge files. Example: pledge site pledges/ -o public"),
    "site.opt.paths": ("Löftesfiler eller mappar med löftesfiler (*.yaml).",
                       "Pledge files, or folders of pledge files (*.yaml)."),
    "site.opt.output": ("Mappen som webbplatsen skrivs till (krävs).",
                        "The folder the site is written to (required)."),
    "site.opt.updated": (
        "Dagen som läget bedöms och 'senast uppdaterad' anges (ÅÅÅÅ-MM-DD, idag, igår); "
        "standard: den senaste dagen i filens data. En publicerad webbplats byggs med "
        "--updated idag, så att ett avslutat löfte visar sitt utfall.",
        "The day progress is judged on and shown as 'last updated' (YYYY-MM-DD, today, "
        "yesterday); default: the latest day in the file's data. Build a published site with "
        "--updated today, so that a finished pledge shows its outcome."),
    "site.opt.base_url": (
        "Webbplatsens adress (https://…/), för sitemap, flöden och delningsbilder.",
        "The site's address (https://…/), for the sitemap, feeds and share images."),
    "site.opt.force": (
        "Skriv även i en mapp som inte är tom och inte är en tidigare webbplats.",
        "Write even into a folder that is not empty and not an earlier site."),
    "site.need_output": ("ange mappen att skriva till med -o/--output",
                         "give the folder to write to with -o/--output"),
    "site.bad_base_url": ("--base-url '{value}' ska börja med https:// eller http://",
                          "--base-url '{value}' must start with https:// or http://"),
    "site.out_symlink": ("{path} är en symbolisk länk; webbplatsen skrivs inte genom länkar",
                         "{path} is a symbolic link; the site is not written through links"),
    "site.out_not_dir": ("{path} finns och är ingen mapp", "{path} exists and is not a folder"),
    "site.out_not_site": (
        "{path} är inte tom och är ingen webbplats som pledge site har skrivit (filen "
        ".pledge-site saknas); välj en tom mapp eller lägg till --force",
        "{path} is not empty and is not a site pledge site wrote (no .pledge-site file); "
        "choose an empty folder or add --force"),
    "site.out_link_inside": (
        "{path} är en symbolisk länk i målmappen; den följs inte (ta bort den eller välj en "
        "annan mapp)",
        "{path} is a symbolic link in the output folder; it is not followed (remove it or "
        "choose another folder)"),
    "site.write_failed": ("kunde inte skriva webbplatsen till {path}: {detail}",
                          "could not write the site to {path}: {detail}"),
    "site.blocked": ("{file} har fel; ingen webbplats byggs förrän de är rättade",
                     "{file} has errors; no site is built until they are fixed"),
    "site.written": ("Webbplatsen skrevs till {path}: {pages} sidor, {pledges} löften.",
                     "The site was written to {path}: {pages} pages, {pledges} pledges."),
    "site.written.one": ("Webbplatsen skrevs till {path}: {pages} sidor, 1 löfte.",
                         "The site was written to {path}: {pages} pages, 1 pledge."),
    # the frame
    "site.skip": ("Hoppa till innehållet", "Skip to the content"),
    "site.crumbs": ("Du är här", "You are here"),
    "site.start": ("Start", "Home"),
    "site.title": ("Medborgarlöften: så går det", "Citizen promises: how it is going"),
    "site.lede": (
        "Här följer du hur polisen och kommunen håller sina medborgarlöften. Sidorna byggs "
        "ur löftesfilen, där varje genomförd aktivitet förs in.",
        "Follow here how the police and the municipality keep their citizen promises. The "
        "pages are built from the pledge file, where every activity carried out is recorded."),
    "site.open_data_h": ("Öppna data och flöden", "Open data and feeds"),
    "site.schema": ("Dataformatets schema (JSON Schema)", "Schema of the data (JSON Schema)"),
    "site.data_json": ("Löftet och läget (JSON)", "The pledge and its status (JSON)"),
    "site.data_csv": ("Löftena (CSV)", "The commitments (CSV)"),
    "site.data_activities": ("Aktiviteterna (CSV)", "The activities (CSV)"),
    "site.feed_pledge": ("Nyheter: {name}", "News: {name}"),
    "site.feed_site": ("Nyheter: alla medborgarlöften", "News: every citizen promise"),
    "site.updated": ("Senast uppdaterad {date}", "Last updated {date}"),
    "site.made_by": (
        "Webbplatsen är byggd med pledge ur löftesfilen; alla siffror går att räkna om ur "
        "den.",
        "This site is built with pledge from the pledge file; every figure can be recounted "
        "from it."),
    # the start page
    "site.pledges_h": ("Löftena", "The pledges"),
    "site.compare_h": ("Jämförelse", "Comparison"),
    "site.compare_note": (
        "Välj en kolumnrubrik för att sortera tabellen efter den kolumnen.",
        "Choose a column heading to sort the table by that column."),
    "site.compare_caption": ("Löftena jämförda, sorterade efter {column}",
                             "The pledges compared, sorted by {column}"),
    "site.sorted_title": ("{title}, sorterat efter {column}", "{title}, sorted by {column}"),
    "site.col.name": ("Löfte", "Pledge"),
    "site.col.activities": ("Aktiviteter", "Activities"),
    "site.col.met": ("Uppfyllda", "Met"),
    "site.col.on_track": ("I fas", "On track"),
    "site.col.behind": ("Efter plan", "Behind"),
    "site.col.missed": ("Ej uppfyllda", "Missed"),
    "site.col.total": ("Löften", "Commitments"),
    "site.col.before": ("Från", "From"),
    "site.col.after": ("Till", "To"),
    # a pledge and its periods
    "site.periods_h": ("Uppföljningsperioder", "Follow-up periods"),
    "site.period_ended": ("Perioden är avslutad.", "The period has ended."),
    "site.period_ongoing": ("Perioden pågår; läget är bedömt {date}.",
                            "The period is running; progress is judged on {date}."),
    "site.period_activities": ("Aktiviteter under perioden: {n}.",
                               "Activities in the period: {n}."),
    "site.period_report": ("Uppföljningen för {label}", "The follow-up for {label}"),
    "site.period_title": ("Uppföljning {label}: {name}", "Follow-up {label}: {name}"),
    "site.share_image": ("Delningsbild för {label} (PNG)", "Share image for {label} (PNG)"),
    "site.share_alt": (
        "{name}, {window}: {summary} (läget {date}).",
        "{name}, {window}: {summary} (as of {date})."),
    # a commitment
    "site.commitment_lede": ("Ansvarig: {owner}.", "Responsible: {owner}."),
    "site.promise_h": ("Löftet", "The commitment"),
    "site.status_h": ("Läget och regeln bakom det", "Status and the rule behind it"),
    "site.judged_on": ("bedömt {date}", "judged on {date}"),
    "site.activities_h": ("Alla aktiviteter", "Every activity"),
    "site.chart_goal": ("Streckad linje: målet, {goal}", "Dashed line: the goal, {goal}"),
    "site.changes_caption": ("Statusändringar", "Changes of status"),
    "site.no_changes": ("Statusen har inte ändrats sedan löftet började gälla.",
                        "The status has not changed since the pledge began."),
    # an effect goal
    "site.indicator_lede": (
        "Ett effektmål: något som ska förändras, med sina mätvärden.",
        "An effect goal: something that should change, with its measurements."),
    "site.measurements_h": ("Mätvärden och trend", "Measurements and trend"),
    # feeds
    "site.feed.activity": ("Aktivitet {date}: {commitments}", "Activity {date}: {commitments}"),
    "site.feed.activity_count": ("Antal: {count}.", "Count: {count}."),
    "site.feed.place": ("Plats: {place}.", "Place: {place}."),
    "site.feed.status": ("{commitment} – nu {status}", "{commitment} – now {status}"),
    "site.feed.status_summary": ("Statusen ändrades {date} från {before} till {after}.",
                                 "The status changed on {date} from {before} to {after}."),
    # the rule behind a status (goal kind x category; see render/site/rules.py)
    "site.rule.outcome": (
        "{status}: ett beslutat utfall i löftesfilen ersätter den beräknade statusen "
        "({computed}).",
        "{status}: an outcome recorded in the pledge file replaces the computed status "
        "({computed})."),
    "site.rule.count.met": ("Uppfyllt: {done} av {goal} är gjorda.",
                            "Fulfilled: {done} of {goal} are done."),
    "site.rule.count.on_track": (
        "I fas: {done} av {goal} är gjorda, och i fas kräver i dag minst {required} "
        "(målet fördelat jämnt över tiden ger {expected}).",
        "On track: {done} of {goal} are done, and on track needs at least {required} today "
        "(the goal spread evenly over the time gives {expected})."),
    "site.rule.count.behind": (
        "Efter plan: {done} av {goal} är gjorda, men i fas kräver i dag minst {required} "
        "(målet fördelat jämnt över tiden ger {expected}); det finns tid kvar till {due}.",
        "Behind: {done} of {goal} are done, but on track needs at least {required} today "
        "(the goal spread evenly over the time gives {expected}); there is time until {due}."),
    "site.rule.count.not_started": ("Ej påbörjat: löftet gäller från {start}.",
                                    "Not started: the commitment applies from {start}."),
    "site.rule.count.not_met": (
        "Ej uppfyllt: tiden gick ut {due} med {done} av {goal} gjorda.",
        "Not fulfilled: the time ran out on {due} with {done} of {goal} done."),
    "site.rule.rate.met": (
        "Uppfyllt: målet {goal} nåddes i alla {met} bedömda {per}.",
        "Fulfilled: the goal of {goal} was reached in all {met} judged {per}."),
    "site.rule.rate.on_track": (
        "I fas: {goal} per delperiod; alla {met} avslutade {per} är uppfyllda, och den "
        "pågående följer takten.",
        "On track: {goal} per sub-period; all {met} ended {per} are met, and the current "
        "one keeps pace."),
    "site.rule.rate.behind": (
        "Efter plan: {goal} per delperiod; alla {met} avslutade {per} är uppfyllda, men den "
        "pågående når inte takten ännu.",
        "Behind: {goal} per sub-period; all {met} ended {per} are met, but the current one "
        "is not keeping pace yet."),
    "site.rule.rate.partly_missed": (
        "Delvis missat: {goal} per delperiod; {met} av {elapsed} avslutade {per} uppfyllda "
        "och {missed} missade, så löftet kan inte längre hållas fullt ut.",
        "Partly missed: {goal} per sub-period; {met} of {elapsed} ended {per} met and "
        "{missed} missed, so the commitment can no longer be kept in full."),
    "site.rule.rate.not_started": ("Ej påbörjat: löftet gäller från {start}.",
                                   "Not started: the commitment applies from {start}."),
    "site.rule.rate.not_met": (
        "Ej uppfyllt: {met} av {elapsed} {per} nådde målet {goal}; ett löfte per delperiod "
        "hålls bara när alla delperioder når målet.",
        "Not fulfilled: {met} of {elapsed} {per} reached the goal of {goal}; a promise per "
        "sub-period is kept only when every sub-period reaches it."),
    "site.rule.milestone.done": ("Klart: genomfört {completed}.",
                                 "Done: completed on {completed}."),
    "site.rule.milestone.in_progress": (
        "Pågår: {activities} gjorda men inget markerat som slutfört; klart senast {due}.",
        "In progress: {activities} done but none marked as completing it; due by {due}."),
    "site.rule.milestone.not_started": (
        "Ej påbörjat: ingen aktivitet ännu; klart senast {due}.",
        "Not started: no activity yet; due by {due}."),
    "site.rule.milestone.not_done": ("Ej genomfört: inte slutfört till {due}.",
                                     "Not done: not completed by {due}."),
    "site.rule.ongoing.active": (
        "Aktivt: fortlöpande arbete utan måltal; senaste aktivitet {last}, och aktivt "
        "betyder minst en aktivitet de senaste {days} dagarna.",
        "Active: ongoing work without a number; last activity {last}, and active means at "
        "least one activity in the last {days} days."),
    "site.rule.ongoing.not_started": (
        "Ej påbörjat: ingen aktivitet ännu sedan {start}.",
        "Not started: no activity yet since {start}."),
    "site.rule.ongoing.inactive": (
        "Inaktivt: ingen aktivitet de senaste {days} dagarna (senaste {last}).",
        "Inactive: no activity in the last {days} days (last {last})."),
    "site.rule.ongoing.carried_out": (
        "Genomfört: fortlöpande arbete utan måltal; {done} under perioden, senast {last}.",
        "Carried out: ongoing work without a number; {done} in the period, last on {last}."),
    "site.rule.ongoing.not_carried_out": (
        "Inte genomfört: ingen aktivitet under perioden till {due}.",
        "Not carried out: no activity in the period up to {due}."),
}
