-- A meeting's attendance summary (应到/实到/请假/缺席) counts the members on its list: guests
-- attend as 列席 and are not due to attend. Recount the stored summaries that counted them.
update meetings m
set attendance_expected = c.expected, attendance_present = c.present,
    attendance_leave = c.leave, attendance_absent = c.absent
from (select a.meeting_id,
             count(*) filter (where p.kind = 'member') as expected,
             count(*) filter (where p.kind = 'member' and a.status = 'present') as present,
             count(*) filter (where p.kind = 'member' and a.status = 'leave') as leave,
             count(*) filter (where p.kind = 'member' and a.status = 'absent') as absent
      from attendance a join people p on p.id = a.person_id
      group by a.meeting_id) c
where c.meeting_id = m.id;
