"""Messages of `pledge merge-file` (the git merge driver), `pledge git-setup` and
`pledge resolve`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "merge.file.help": (
        "Git:s sammanslagningsdrivrutin för pledge-filer: slår ihop två versioner som båda "
        "har lagt till aktiviteter, mätvärden, förlängningar eller utfall, och behåller båda "
        "sidornas text (kommentarer, ordning, radslut). Git anropar den med %O %A %B %P; "
        "resultatet skrivs till VÅR. Slutkod 0: sammanfogat, 1: konflikt (markerad i filen). "
        "Ställ in den med [bold]pledge git-setup[/bold].",
        "git's merge driver for pledge files: merges two versions that each added activities, "
        "measurements, extensions or outcomes, keeping both sides' text (comments, order, "
        "line endings). git calls it with %O %A %B %P; the result is written to OURS. Exit "
        "0: merged, 1: conflict (marked in the file). Set it up with "
        "[bold]pledge git-setup[/bold].",
    ),
    "merge.arg.base": ("Den gemensamma versionen (git:s %O).", "The common version (git's %O)."),
    "merge.arg.ours": ("Vår version; resultatet skrivs hit (git:s %A).",
                       "Our version; the result is written here (git's %A)."),
    "merge.arg.theirs": ("Deras version (git:s %B).", "Their version (git's %B)."),
    "merge.arg.name": ("Filens namn i förrådet, för meddelanden (git:s %P).",
                       "The file's name in the repository, for messages (git's %P)."),
    "merge.merged": ("{file}: sammanfogat; {count} poster från den andra sidan",
                     "{file}: merged; {count} items from the other side"),
    "merge.conflict": (
        "{file}: kan inte sammanfogas utan att gissa; konflikten är markerad i filen "
        "(<<<<<<< … >>>>>>>):",
        "{file}: cannot be merged without guessing; the conflict is marked in the file "
        "(<<<<<<< … >>>>>>>):",
    ),
    "merge.clash": ("båda sidor ändrade {where} olika", "both sides changed {where} differently"),
    "merge.unreadable": ("{side} är ingen läsbar YAML; git:s radvisa sammanslagning används",
                         "{side} is not readable YAML; git's line merge is used"),
    "merge.side.base": ("basversionen", "the base version"),
    "merge.side.ours": ("vår version", "our version"),
    "merge.side.theirs": ("deras version", "their version"),
    "merge.how": (
        "Välj i filen mellan markeringarna, spara, kör pledge validate och sedan git add {file}.",
        "Choose in the file between the markers, save, run pledge validate, then git add {file}.",
    ),
    "merge.no_git": ("git behövs men hittas inte", "git is needed but was not found"),
    # --- git-setup
    "merge.setup.help": (
        "Ställ in git så att pledge-filen slås ihop av [bold]pledge merge-file[/bold]: "
        "registrerar drivrutinen i klonens git-konfiguration (merge.pledge.driver, name) och "
        "skriver raden i .gitattributes (bara den raden; en gång räcker). Konfigurationen "
        "delas inte: varje klon kör kommandot en gång.\n\n"
        "Exempel: [bold]pledge git-setup --commit[/bold]",
        "Set git up to merge the pledge file with [bold]pledge merge-file[/bold]: registers "
        "the driver in the clone's git config (merge.pledge.driver, name) and writes the line "
        "in .gitattributes (only that line; once is enough). The config is not shared: each "
        "clone runs the command once.\n\n"
        "Example: [bold]pledge git-setup --commit[/bold]",
    ),
    "merge.setup.name": ("pledge: sammanfogar pledge-filer", "pledge: merges pledge files"),
    "merge.setup.not_git": ("{file} ligger inte i ett git-förråd; kör git init först",
                            "{file} is not in a git repository; run git init first"),
    "merge.setup.config": ("git config {key} = {value}", "git config {key} = {value}"),
    "merge.setup.attributes": ("{file}: {line}", "{file}: {line}"),
    "merge.setup.already": ("git är redan inställt för {file}; inget ändrat",
                            "git is already set up for {file}; nothing changed"),
    "merge.setup.dry_run": ("provkörning, inget skrivet; pledge git-setup skulle göra detta:",
                            "dry run, nothing written; pledge git-setup would do this:"),
    "merge.setup.done": ("klart: git slår nu ihop {file} med pledge merge-file",
                         "done: git now merges {file} with pledge merge-file"),
    "merge.setup.commit": ("pledge git-setup: {file} merge=pledge",
                           "pledge git-setup: {file} merge=pledge"),
    "merge.setup.failed": ("git config misslyckades: {detail}", "git config failed: {detail}"),
    # --- resolve
    "merge.resolve.help": (
        "Lös en git-konflikt i pledge-filen när det går utan att gissa: när båda sidor bara "
        "har lagt till poster blir filen den sammanfogade med båda sidornas poster. Versionerna "
        "tas ur git:s index under en pågående sammanslagning; annars ur markeringarna om de "
        "visar basen (merge.conflictStyle diff3). Det som inte går att lösa sägs med radnummer. "
        "--commit markerar filen som löst (git add).\n\n"
        "Exempel: [bold]pledge resolve && git commit[/bold]",
        "Resolve a git conflict in the pledge file when that can be done without guessing: "
        "when both sides only added items, the file becomes the merged one with both sides' "
        "items. The versions come from git's index during a merge; else from the markers "
        "when they show the base (merge.conflictStyle diff3). What cannot be resolved is named "
        "with its line. --commit marks the file resolved (git add).\n\n"
        "Example: [bold]pledge resolve && git commit[/bold]",
    ),
    "merge.resolve.opt.commit": ("Markera filen som löst i git (git add).",
                                 "Mark the file resolved in git (git add)."),
    "merge.resolve.no_markers": ("{file}: inga konfliktmarkeringar; inget att göra",
                                 "{file}: no conflict markers; nothing to do"),
    "merge.resolve.done": (
        "{file}: konflikten löst; {count} poster från båda sidor finns kvar. Kör git add {file} "
        "och avsluta (git commit eller git rebase --continue).",
        "{file}: conflict resolved; {count} items from both sides are kept. Run git add {file} "
        "and finish (git commit or git rebase --continue).",
    ),
    "merge.resolve.staged": ("{file}: markerad som löst (git add)",
                             "{file}: marked resolved (git add)"),
    "merge.resolve.dry_run": ("{file}: provkörning, inget skrivet; filen skulle bli:",
                              "{file}: dry run, nothing written; the file would be:"),
    "merge.resolve.failed": ("{file}: konflikten kan inte lösas utan att gissa; inget skrivet:",
                             "{file}: the conflict cannot be resolved without guessing; "
                             "nothing written:"),
    "merge.resolve.hunk_edit": (
        "rad {line}: båda sidor ändrade samma rader (inte bara tillägg) – välj för hand",
        "line {line}: both sides changed the same lines (not just additions) – choose by hand",
    ),
    "merge.resolve.hunk_no_base": (
        "rad {line}: markeringarna visar inte basversionen, och git:s index har inga versioner "
        "av filen, så ett tillägg kan inte skiljas från en ändring – välj för hand (eller sätt "
        "git config merge.conflictStyle diff3 innan nästa sammanslagning)",
        "line {line}: the markers do not show the base version and git's index holds no "
        "versions of the file, so an addition cannot be told from a change – choose by hand "
        "(or set git config merge.conflictStyle diff3 before the next merge)",
    ),
    "merge.resolve.unclosed": ("rad {line}: en konfliktmarkering utan slut (>>>>>>>)",
                               "line {line}: a conflict marker without its end (>>>>>>>)"),
    "merge.resolve.invalid": (
        "{file}: det sammanfogade innehållet är ingen giltig pledge-fil; inget skrivet:",
        "{file}: the merged content is not a valid pledge file; nothing written:",
    ),
    "merge.init.offer": ("Ställa in git så att {file} slås ihop utan konflikter (pledge "
                         "git-setup)?",
                         "Set git up so that {file} merges without conflicts (pledge "
                         "git-setup)?"),
    "merge.init.hint": ("tips: kör pledge git-setup så att git slår ihop {file} utan konflikter",
                        "tip: run pledge git-setup so that git merges {file} without conflicts"),
}
