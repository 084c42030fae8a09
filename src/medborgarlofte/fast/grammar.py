"""The command lines the answer from the cache reads: GENERATED from the Typer commands.

Regenerate with `python -m tests.fast_gen`; tests/test_fast.py fails when this file is stale.
Per command: its variadic argument (or None), every option name with the parameter it sets
and how ("value": takes one, the last wins; "multiple": takes one each time, all kept;
"flag": sets True, "flag_off": sets False), and the defaults Typer gives the parameters.
"""

from __future__ import annotations

COMMANDS = ('status', 'validate', 'events', 'report')

ARGUMENTS: dict[str, str | None] = {'status': 'paths',
 'validate': 'files',
 'events': 'paths',
 'report': None}

OPTIONS: dict[str, dict[str, tuple[str, str]]] = {'status': {'--file': ('file', 'value'),
            '-f': ('file', 'value'),
            '--as-of': ('as_of', 'value'),
            '--party': ('party', 'multiple'),
            '--priority': ('priority', 'multiple'),
            '--target': ('target', 'multiple'),
            '--status': ('status', 'multiple'),
            '--by': ('by', 'value'),
            '--format': ('output', 'value'),
            '--lang': ('lang', 'value')},
 'validate': {'--file': ('file', 'value'),
              '-f': ('file', 'value'),
              '--strict': ('strict', 'flag'),
              '--format': ('output', 'value'),
              '--lang': ('lang', 'value')},
 'events': {'--file': ('file', 'value'),
            '-f': ('file', 'value'),
            '--from': ('start', 'value'),
            '--to': ('end', 'value'),
            '--as-of': ('as_of', 'value'),
            '--party': ('party', 'multiple'),
            '--priority': ('priority', 'multiple'),
            '--target': ('target', 'multiple'),
            '--status': ('status', 'multiple'),
            '--format': ('output', 'value'),
            '--lang': ('lang', 'value')},
 'report': {'--file': ('file', 'value'),
            '-f': ('file', 'value'),
            '--period': ('period', 'value'),
            '--from': ('date_from', 'value'),
            '--to': ('date_to', 'value'),
            '--format': ('output_format', 'value'),
            '--output': ('output', 'value'),
            '-o': ('output', 'value'),
            '--table': ('table', 'value'),
            '--lang': ('lang', 'value')}}

DEFAULTS: dict[str, dict[str, object]] = {'status': {'paths': None,
            'file': None,
            'as_of': None,
            'party': None,
            'priority': None,
            'target': None,
            'status': None,
            'by': 'owner',
            'output': 'table',
            'lang': None},
 'validate': {'files': None,
              'file': None,
              'strict': False,
              'output': None,
              'lang': None},
 'events': {'paths': None,
            'file': None,
            'start': None,
            'end': None,
            'as_of': None,
            'party': None,
            'priority': None,
            'target': None,
            'status': None,
            'output': 'table',
            'lang': None},
 'report': {'file': None,
            'period': None,
            'date_from': None,
            'date_to': None,
            'output_format': None,
            'output': None,
            'table': 'commitments',
            'lang': None}}
