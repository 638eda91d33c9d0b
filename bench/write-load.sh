# Sourced by bench/crash.sh and bench/node-kill.sh: one writer thread of their load.
#   load THREAD ACKS TOKEN LABEL   books visits at $BASE and cancels every third, appending to ACKS
#   "book ID PLATE" and "close ID" for each acknowledged write, "refused CODE" for a booking answered
#   with an error (not acknowledged; a request that got no answer at all is not written down).
load() {
  local thread=$1 acks=$2 token=$3 label=$4 n=0 body id plate code
  while true; do
    n=$((n + 1))
    plate="${label:0:1}$thread$(printf %05d $((RANDOM % 100000)))$((n % 10))"
    body=$(curl -s -m 10 -w '\n%{http_code}' -X POST "$BASE/api/v1/visits" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "{\"customer\":{\"name\":\"$label $thread $n\",\"phone\":\"+35840$((1000000 + RANDOM))\"},
       \"vehicle\":{\"plate\":\"$plate\",\"make\":\"Skoda\",\"model\":\"Octavia\"},\"requestedWork\":\"$label test\",
       \"bookedAt\":\"2026-06-10T08:00:00Z\",\"promisedAt\":\"2026-06-10T15:00:00Z\"}") || continue
    [ "$(tail -1 <<<"$body")" = 201 ] || { echo "refused $(tail -1 <<<"$body")" >>"$acks"; continue; }
    id=$(head -1 <<<"$body" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    plate=$(head -1 <<<"$body" | grep -o '"plate":"[^"]*"' | head -1 | cut -d'"' -f4)
    echo "book $id $plate" >>"$acks"
    if [ $((n % 3)) = 0 ]; then
      code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/visits/$id/transitions" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d '{"to":"CLOSED","note":"Customer cancelled"}') || continue
      [ "$code" = 200 ] && echo "close $id" >>"$acks"
    fi
  done
}
