"""Column headings of the CSV for people (`--format csv`): status, events and the roll-up.
The machine dialect (`--format csv-machine`) keeps the English ids of the JSON."""

_STATUS = {
    "file": ("Fil", "File"), "pledge": ("Löfte (titel)", "Pledge"), "id": ("Id", "Id"),
    "text": ("Löfte", "Commitment"), "kind": ("Typ", "Kind"), "owners": ("Ägare", "Owners"),
    "owner_group": ("Ägargrupp", "Owner group"), "priorities": ("Prioriteringar", "Priorities"),
    "status": ("Statuskod", "Status code"), "status_text": ("Status", "Status"),
    "done": ("Genomfört", "Done"), "done_qualifier": ("Genomfört ca/minst", "Done qualifier"),
    "goal": ("Mål", "Goal"), "goal_qualifier": ("Måltyp", "Goal qualifier"),
    "unit": ("Enhet", "Unit"), "per": ("Per", "Per"), "share": ("Andel", "Share"),
    "expected": ("Förväntat", "Expected"), "required": ("Krävs", "Required"),
    "forecast": ("Prognos", "Forecast"),
    "periods_met": ("Delperioder uppfyllda", "Sub-periods met"),
    "periods_elapsed": ("Perioder avslutade", "Periods elapsed"),
    "periods_ended": ("Delperioder avslutade", "Sub-periods ended"),
    "periods_missed": ("Missade delperioder", "Missed sub-periods"),
    "can_be_kept": ("Kan hållas fullt ut", "Can be kept in full"),
    "current_period": ("Pågående delperiod", "Current sub-period"),
    "overridden": ("Ersatt av beslut", "Overridden by a decision"),
    "computed_status": ("Beräknad status", "Computed status"),
    "outcome_date": ("Beslutsdatum", "Decided on"),
    "activities": ("Aktiviteter", "Activities"),
    "last_activity": ("Senaste aktivitet", "Last activity"),
    "completed_on": ("Klart den", "Completed on"), "start": ("Start", "Start"),
    "due": ("Slutdatum", "Due"), "reason": ("Motivering", "Reason"),
}
_EVENTS = {
    "index": ("Nr", "No."), "ref": ("Ref", "Ref"), "date": ("Datum", "Date"),
    "until": ("Till och med", "Until"),
    "targets": ("Löften", "Commitments"), "count": ("Antal", "Count"),
    "qualifier": ("Ca/minst", "Qualifier"), "parties": ("Utfört av", "Done by"),
    "participants": ("Deltagare", "Participants"), "place": ("Plats", "Place"),
    "note": ("Anteckning", "Note"), "reference": ("Referens", "Reference"),
}
_ROLLUP = {
    "municipality": ("Kommun", "Municipality"), "title": ("Titel", "Title"),
    "total": ("Löften", "Commitments"), "met": ("Uppfyllda", "Met"),
    "on_track": ("I fas", "On track"), "not_started": ("Ej påbörjade", "Not started"),
    "behind": ("Efter plan", "Behind"), "missed": ("Missade", "Missed"),
    "ended": ("Avslutade", "Ended"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    **{f"csv.status.{k}": v for k, v in _STATUS.items()},
    **{f"csv.events.{k}": v for k, v in {**_EVENTS, "file": _STATUS["file"],
                                         "done": ("Klart", "Done")}.items()},
    **{f"csv.rollup.{k}": v for k, v in {**_ROLLUP, "file": _STATUS["file"]}.items()},
    "csv.rollup.total_row": ("Totalt", "Total"),
    "csv.yes": ("ja", "yes"),
    "csv.no": ("nej", "no"),
}
