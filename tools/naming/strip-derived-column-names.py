#!/usr/bin/env python3
"""Removes @Column(name = "...") annotations that only repeat what the physical naming strategy derives.

The backend maps fields to columns with Hibernate's CamelCaseToUnderscoresNamingStrategy
(quarkus.hibernate-orm.physical-naming-strategy in application.properties), so
``@Column(name = "unit_id") public UUID unitId;`` says nothing the strategy does not. This script:

* finds every @Column(...) in backend/src/main/java (or the directories given) whose ``name``
  equals the strategy's name for the field it annotates, computed exactly as Hibernate 7's
  PhysicalNamingStrategySnakeCaseImpl does (dots to underscores; an underscore before an upper-case
  letter that has a lower-case letter or digit before it and one after it; lower case);
* removes the annotation if ``name`` was its only attribute, else only the ``name`` attribute;
* keeps every annotation whose name differs from the derived one (``birth_md`` on birthMonthDay)
  and every annotation it cannot pair with a field (it says which);
* drops ``import jakarta.persistence.Column;`` from a file that no longer uses @Column.

Idempotent: a second run changes nothing. ``--check`` changes nothing and exits 1 if it would.
Usage: python3 tools/naming/strip-derived-column-names.py [--check] [--verbose] [repo-or-source-dir ...]
(default: ./backend/src/main/java, run from the repository root)
"""
import os
import re
import sys

COLUMN = re.compile(r'@(?:jakarta\.persistence\.)?Column\s*\(')
IDENT = re.compile(r'[A-Za-z_$][A-Za-z0-9_$]*')
COLUMN_IMPORT = re.compile(r'^import\s+jakarta\.persistence\.Column\s*;[ \t]*\r?\n', re.M)


def derived(field):
    """The column name CamelCaseToUnderscoresNamingStrategy gives an implicit (field) name."""
    b = list(field.replace('.', '_'))
    i = 1
    while i < len(b) - 1:
        before, cur, after = b[i - 1], b[i], b[i + 1]
        if (before.islower() or before.isdigit()) and cur.isupper() and (after.islower() or after.isdigit()):
            b.insert(i, '_')
            i += 1
        i += 1
    return ''.join(b).lower()


def skip_string(s, i):
    """Index after the string or char literal starting at s[i]."""
    q = s[i]
    if s.startswith('"""', i):
        end = s.index('"""', i + 3)
        return end + 3
    i += 1
    while s[i] != q:
        i += 2 if s[i] == '\\' else 1
    return i + 1


def close_paren(s, i):
    """s[i] is '('; the index after its matching ')', skipping literals."""
    depth = 0
    while True:
        c = s[i]
        if c in '"\'':
            i = skip_string(s, i)
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def skip_trivia(s, i):
    """Skips whitespace, comments and annotations (with their arguments)."""
    while i < len(s):
        if s[i].isspace():
            i += 1
        elif s.startswith('//', i):
            i = s.index('\n', i)
        elif s.startswith('/*', i):
            i = s.index('*/', i) + 2
        elif s[i] == '@' and not s.startswith('@interface', i):
            m = re.compile(r'@[\w.]+').match(s, i)
            i = m.end()
            j = i
            while j < len(s) and s[j] in ' \t':
                j += 1
            if j < len(s) and s[j] == '(':
                i = close_paren(s, j)
        else:
            return i
    return i


def annotated_field(s, i):
    """The name of the field declared after index i (after other annotations), or None for a method/unknown."""
    i = skip_trivia(s, i)
    depth = 0
    j = i
    while j < len(s):
        c = s[j]
        if c in '"\'':
            return None
        if c == '<':
            depth += 1
        elif c == '>':
            depth -= 1
        elif depth == 0 and c in ';=':
            break
        elif depth == 0 and c in '(){':
            return None  # a method or something else: leave it alone
        j += 1
    names = IDENT.findall(s[i:j])
    return names[-1] if names else None


def attributes(args):
    """Splits 'name = "x", nullable = false' into [(key, raw)] at top-level commas."""
    parts, depth, start, k = [], 0, 0, 0
    while k < len(args):
        c = args[k]
        if c in '"\'':
            k = skip_string(args, k)
            continue
        if c in '({':
            depth += 1
        elif c in ')}':
            depth -= 1
        elif c == ',' and depth == 0:
            parts.append(args[start:k])
            start = k + 1
        k += 1
    if args[start:].strip():
        parts.append(args[start:])
    out = []
    for p in parts:
        m = re.match(r'\s*(\w+)\s*=\s*(.*?)\s*$', p, re.S)
        out.append((m.group(1), m.group(2)) if m else (None, p.strip()))
    return out


def rewrite(src, path, verbose, report):
    out, pos, removed, narrowed = [], 0, 0, 0
    for m in COLUMN.finditer(src):
        start = m.start()
        if start < pos:
            continue
        # ignore matches in line comments / Javadoc lines
        line_start = src.rfind('\n', 0, start) + 1
        prefix = src[line_start:start].lstrip()
        if prefix.startswith(('//', '*', '/*')):
            continue
        end = close_paren(src, m.end() - 1)
        attrs = attributes(src[m.end():end - 1])
        named = [(k, v) for k, v in attrs if k == 'name']
        if not named:
            continue
        raw = named[0][1]
        lit = re.fullmatch(r'"([^"\\]*)"', raw)
        field = annotated_field(src, end)
        line_no = src.count('\n', 0, start) + 1
        if not lit or field is None:
            report.append(f'{path}:{line_no}: kept {src[start:end]} (cannot pair it with a field)')
            continue
        if lit.group(1) != derived(field):
            if verbose:
                report.append(f'{path}:{line_no}: kept name "{lit.group(1)}" on {field} (derived: {derived(field)})')
            continue
        rest = [(k, v) for k, v in attrs if k != 'name']
        if rest:
            replacement = src[m.start():m.end()] + ', '.join(f'{k} = {v}' if k else v for k, v in rest) + ')'
            out.append(src[pos:start])
            out.append(replacement)
            pos = end
            narrowed += 1
            continue
        # the whole annotation goes: with its line if alone on it, else with the blanks after it
        line_end = src.find('\n', end)
        line_end = len(src) if line_end < 0 else line_end
        if src[line_start:start].strip() == '' and src[end:line_end].strip() == '':
            out.append(src[pos:line_start])
            pos = line_end + 1
        else:
            out.append(src[pos:start])
            k = end
            while k < len(src) and src[k] in ' \t':
                k += 1
            pos = k
        removed += 1
    out.append(src[pos:])
    result = ''.join(out)
    if (removed or narrowed) and not COLUMN.search(result) and '@Column' not in result:
        result = COLUMN_IMPORT.sub('', result)
    return result, removed, narrowed


def main(argv):
    check = '--check' in argv
    verbose = '--verbose' in argv
    roots = [a for a in argv if not a.startswith('--')] or ['backend/src/main/java']
    roots = [os.path.join(r, 'backend/src/main/java') if os.path.isdir(os.path.join(r, 'backend/src/main/java')) else r
             for r in roots]
    total_removed = total_narrowed = files = 0
    report = []
    for root in roots:
        for dirpath, _, names in os.walk(root):
            for name in sorted(names):
                if not name.endswith('.java'):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8') as f:
                    src = f.read()
                if '@Column' not in src and 'persistence.Column' not in src:
                    continue
                result, removed, narrowed = rewrite(src, path, verbose, report)
                if result != src:
                    files += 1
                    total_removed += removed
                    total_narrowed += narrowed
                    if not check:
                        with open(path, 'w', encoding='utf-8') as f:
                            f.write(result)
    for line in report:
        print(line)
    verb = 'would change' if check else 'changed'
    print(f'{verb} {files} files: {total_removed} @Column removed, {total_narrowed} narrowed to their other attributes')
    return 1 if check and files else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
