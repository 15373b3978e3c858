#!/usr/bin/env bash
# The layering rules of src/, checked from the code's own `crate::` and `super::` paths:
# 1. no module of the core names egui, eframe or rfd (only src/app does);
# 2. each top-level module uses only the modules below it (the table below);
# 3. no two files of one folder use each other (a cycle inside a module).
# Prints every breach and exits 1 if there is one.
set -euo pipefail
cd "$(dirname "$0")/../src"

# Each top-level module, and the modules it may use (lowest layers first).
declare -A allowed=(
    [parallel]=""
    [samples]=""
    [ingest]="samples"
    [text]=""
    [document]="ingest text parallel"
    [comparison]="document"
    [compare]="comparison document parallel text"
    [history]="compare comparison document"
    [present]="comparison document ingest text"
    [report]="present comparison document history ingest parallel text"
    [fuzz]="compare comparison document history ingest text"
    [batch]="compare comparison document ingest report"
    [cli]="app batch compare comparison document history ingest present report"
    [app]="compare comparison document history ingest parallel present report samples text"
)

status=0
breach() { echo "layering: $*"; status=1; }

code_of() { # a file's code: no comments, no tests
    sed -e '/^#\[cfg(test)\]/,$d' -e 's|^\s*//.*||' "$1"
}

module_of() { # src-relative path -> top-level module
    local path=$1
    path=${path%.rs}
    echo "${path%%/*}"
}

while IFS= read -r file; do
    module=$(module_of "$file")
    [ "$module" = lib ] || [ "$module" = main ] && continue
    if [ -z "${allowed[$module]+x}" ]; then
        breach "$file: module '$module' is missing from the table in scripts/check-layers.sh"
        continue
    fi
    if [ "$module" != app ] && code_of "$file" | grep -qE '\b(egui|eframe|rfd)::'; then
        breach "$file names egui, eframe or rfd; only src/app may"
    fi
    for used in $(code_of "$file" | grep -oE 'crate::[a-z_]+' | sort -u | sed 's/crate:://'); do
        [ "$used" = "$module" ] && continue
        case " ${allowed[$module]} " in
            *" $used "*) ;;
            *) breach "$file ($module) uses crate::$used, a layer it may not use" ;;
        esac
    done
done < <(find . -name '*.rs' | sed 's|^\./||' | sort)

# Inside each folder, its files and subfolders (the units) must not use each other in a
# circle: every use of a unit by another, through `super::` or `crate::`, is an edge, and
# tsort finds any loop.
units_of() { # folder -> its units
    find "$1" -mindepth 1 -maxdepth 1 \( -name '*.rs' -o -type d \) ! -name mod.rs \
        -exec basename {} .rs \; | sort
}
uses_of() { # folder, unit -> the other units of the folder it uses
    local folder=$1 unit=$2 module=${1//\//::}
    local files=("$folder/$unit.rs")
    [ -d "$folder/$unit" ] && mapfile -t files < <(find "$folder/$unit" -name '*.rs')
    for file in "${files[@]}"; do
        [ -e "$file" ] || continue
        local depth=super::
        case $file in "$folder/$unit/"*/*) depth=super::super::super:: ;; "$folder/$unit/mod.rs") depth=super:: ;; "$folder/$unit/"*) depth=super::super:: ;; esac
        code_of "$file" | grep -oE "(crate::$module|$depth)[a-z_]+|(crate::$module|${depth%::})::\{[^}]*" \
            | sed -E 's/.*::\{?//; s/[ ,]+/\n/g' | grep -E '^[a-z_]+$' || true
    done | sort -u | grep -Fxv "$unit" | grep -Fx -f <(units_of "$folder") || true
}
while IFS= read -r folder; do
    folder=${folder#./}
    edges=$(for unit in $(units_of "$folder"); do
        for used in $(uses_of "$folder" "$unit"); do echo "$unit $used"; done
    done)
    [ -n "$edges" ] || continue
    if ! loop=$(echo "$edges" | tsort 2>&1 >/dev/null) || [ -n "$loop" ]; then
        breach "src/$folder: its parts use each other in a circle: $(echo "$loop" | grep -v 'input contains a loop' | sed 's/^tsort: //' | tr '\n' ' ')"
    fi
done < <(find . -mindepth 1 -type d | sort)

[ $status -eq 0 ] && echo "layering: every module uses only the layers below it; no circles inside a folder"
exit $status
