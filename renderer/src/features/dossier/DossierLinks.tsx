import { AlertOutlined, ProfileOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { hrefOf } from '../../app/routes';

/** 档案: opens a member's file (#/members/<id>/dossier). */
export function DossierLink({ memberId }: { memberId: string }) {
  return (
    <Button icon={<ProfileOutlined />} href={hrefOf('members', memberId, 'dossier')}>
      档案
    </Button>
  );
}

/** 履职提醒: opens the year's list of members below the minimums (#/members/reminders). */
export function RemindersLink() {
  return (
    <Button icon={<AlertOutlined />} href={hrefOf('members', 'reminders')}>
      履职提醒
    </Button>
  );
}
