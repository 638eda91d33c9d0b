# Sourced by bench/crash.sh and bench/node-kill.sh: their write load, and its check.
#   load THREAD ACKS TOKEN LABEL   books visits at $BASE (all on one day, overbooking allowed as an
#   advisor may) and cancels every third, appending to ACKS
#   "book ID PLATE" and "close ID" for each acknowledged write, "refused CODE" for a booking answered
#   with an error, "refused close CODE" for a cancellation, "unanswered" for a request that got no
#   answer within 10 s (none of them acknowledged).
#   check_acks ACKS TOKEN          reads every acknowledged write back from $BASE: sets books, closes,
#   lost (not there) and wrong (the id holding another car).
#   STAGE_MISMATCH                 SQL counting visits whose stage is not their timeline's last change.
load() {
  local thread=$1 acks=$2 token=$3 label=$4 n=0 body id plate code
  while true; do
    n=$((n + 1))
    plate="${label:0:1}$thread$(printf %05d $((RANDOM % 100000)))$((n % 10))"
    body=$(curl -s -m 10 -w '\n%{http_code}' -X POST "$BASE/api/v1/visits" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "{\"customer\":{\"name\":\"$label $thread $n\",\"phone\":\"+35840$((1000000 + RANDOM))\"},
       \"vehicle\":{\"plate\":\"$plate\",\"make\":\"Skoda\",\"model\":\"Octavia\"},\"requestedWork\":\"$label test\",
       \"bookedAt\":\"2026-06-10T08:00:00Z\",\"promisedAt\":\"2026-06-10T13:00:00Z\",\"allowOverbooking\":true}") \
      || { echo "unanswered" >>"$acks"; continue; }
    [ "$(tail -1 <<<"$body")" = 201 ] || { echo "refused $(tail -1 <<<"$body")" >>"$acks"; continue; }
    id=$(head -1 <<<"$body" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    plate=$(head -1 <<<"$body" | grep -o '"plate":"[^"]*"' | head -1 | cut -d'"' -f4)
    echo "book $id $plate" >>"$acks"
    if [ $((n % 3)) = 0 ]; then
      code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/visits/$id/transitions" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d '{"to":"CLOSED","note":"Customer cancelled"}') || { echo "unanswered" >>"$acks"; continue; }
      if [ "$code" = 200 ]; then echo "close $id" >>"$acks"; else echo "refused close $code" >>"$acks"; fi
    fi
  done
}

check_acks() {
  local acks=$1 token=$2 kind id plate got
  books=0 closes=0 lost=0 wrong=0
  while read -r kind id plate; do
    case $kind in refused | unanswered) continue ;; esac
    got=$(curl -s -H "Authorization: Bearer $token" "$BASE/api/v1/visits/$id")
    if [ "$kind" = book ]; then
      books=$((books + 1))
      grep -q '"id":'"$id"',' <<<"$got" || { lost=$((lost + 1)); continue; }
      grep -q "\"plate\":\"$plate\"" <<<"$got" || wrong=$((wrong + 1))
    else
      closes=$((closes + 1))
      grep -q '"stage":"CLOSED"' <<<"$got" || lost=$((lost + 1))
    fi
  done <"$acks"
}

STAGE_MISMATCH="SELECT COUNT(*) FROM visit v WHERE v.stage <> COALESCE((SELECT e.to_value FROM visit_event e
  WHERE e.visit_id = v.id AND e.kind = 'STAGE' ORDER BY e.id DESC FETCH FIRST 1 ROW ONLY), 'BOOKED')"
