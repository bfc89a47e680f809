#!/usr/bin/env bash
# Bounded load test: 2 gunicorn workers + 2 Celery workers on PostgreSQL, loopback only.
# Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/quorum_bench bench/load.sh [seconds]
# The database must be migrated and hold the demo (manage.py migrate && manage.py load_demo).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-600}"
PORT="${BENCH_PORT:-8107}"
export DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=0
export CELERY_BROKER_URL="${CELERY_BROKER_URL:-redis://127.0.0.1:6379/7}"
export QUORUM_FORM_RATE_LIMIT=100000 ALLOWED_HOSTS=127.0.0.1,localhost
.venv/bin/python manage.py shell -c "
from django.contrib.auth import get_user_model
U = get_user_model()
u = U.objects.filter(username='bench').first() or U.objects.create_superuser('bench', 'bench@example.org', 'bench-pass')
"
.venv/bin/gunicorn config.wsgi:application --bind "127.0.0.1:${PORT}" --workers 2 \
    --timeout 60 --log-level warning &
WEB=$!
.venv/bin/celery -A config worker -Q default,conversion,packs -c 2 -n bench@%h -l WARNING &
WORKER=$!
trap 'kill $WEB $WORKER 2>/dev/null; wait $WEB $WORKER 2>/dev/null || true' EXIT
sleep 5
.venv/bin/python bench/load.py --base-url "http://127.0.0.1:${PORT}" --duration "$DURATION" \
    --concurrency "${BENCH_CONCURRENCY:-8}" --watch-pids "$WEB,$WORKER" --out "${BENCH_OUT:-var/bench.json}"
