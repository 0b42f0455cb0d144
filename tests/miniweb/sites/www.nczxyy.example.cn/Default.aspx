<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	南充市中心医院
</title><link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="form1" method="post" action="Default.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgQJu0P+ZSsp0oMYDvOkQ1bPQ7HLZX95mKHl9AmteNZCNQm7Q/5lKynSgxgO86RDVs9Dsctlf3mYoeX0Ca141kI1CbtD/mUrKdKDGA7zpENWz0Oxy2V/eZih5fQ" />
</div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="topbar"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td align="left">&nbsp;今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
      <td align="right"><a href="Default.aspx">网站首页</a> | <a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.nczxyy.example.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.nczxyy.example.cn','南充市中心医院')">加入收藏</a>&nbsp;</td>
    </tr></table></td>
  </tr>
  <tr><td height="120" background="images/top_bg.jpg"><img src="images/logo.gif" width="520" height="90" alt="南充市中心医院 川北医学院第二临床医学院" /></td></tr>
  <tr>
    <td height="40" class="nav"><table border="0" align="center" cellpadding="0" cellspacing="0"><tr>
      <td width="100" align="center"><a href="Default.aspx">首　页</a></td>
      <td width="100" align="center"><a href="AboutUs.aspx">医院概况</a></td>
      <td width="100" align="center"><a href="NewsList.aspx?cid=2">医院新闻</a></td>
      <td width="100" align="center"><a href="NewsList.aspx?cid=7">医改动态</a></td>
      <td width="100" align="center"><a href="javascript:;">科室介绍</a></td>
      <td width="100" align="center"><a href="javascript:;">专家介绍</a></td>
      <td width="100" align="center"><a href="javascript:;">就医指南</a></td>
      <td width="100" align="center"><a href="javascript:;">护理园地</a></td>
      <td width="100" align="center"><a href="javascript:;">党建文化</a></td>
    </tr></table></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="260" /></td></tr>
  <tr>
    <td width="495" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" class="index_title"><span>医院新闻</span><a href="NewsList.aspx?cid=2" class="more">更多&gt;&gt;</a></td></tr>
        <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1990" target="_blank">我院3个专科获评省级临床重点专科</a></td><td align="right" width="70">06-20</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1972" target="_blank">南充市中心医院互联网医院正式上线运行</a></td><td align="right" width="70">05-24</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1941" target="_blank">全省紧密型城市医疗集团建设推进会在南充召开</a></td><td align="right" width="70">04-02</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1871" target="_blank">我院开展联合国糖尿病日大型义诊活动</a></td><td align="right" width="70">11-15</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1817" target="_blank">川东北神经介入专科联盟在我院成立</a></td><td align="right" width="70">07-05</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1806" target="_blank">我院举办2023年新职工岗前培训</a></td><td align="right" width="70">05-30</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1779" target="_blank">我院医联体巡回医疗队走进嘉陵区</a></td><td align="right" width="70">03-22</td></tr>
        </table></td></tr>
      </table>
    </td>
    <td width="10"></td>
    <td width="495" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" class="index_title"><span>医改动态</span><a href="NewsList.aspx?cid=7" class="more">更多&gt;&gt;</a></td></tr>
        <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1983" target="_blank">集团专家“驻点”社区 居民家门口看专家</a></td><td align="right" width="70">06-12</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1966" target="_blank">城市医疗集团首期基层全科医生进修班结业</a></td><td align="right" width="70">05-15</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1950" target="_blank">川东北胸痛专科联盟2024年年会暨学术交流会召开</a></td><td align="right" width="70">04-18</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1938" target="_blank">南充市中心医院城市医疗集团正式成立</a></td><td align="right" width="70">03-28</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1925" target="_blank">我院与蓬安县人民政府签订协议 全面托管蓬安县中医医院</a></td><td align="right" width="70">03-14</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1897" target="_blank">2023年我院医联体建设工作综述</a></td><td align="right" width="70">01-10</td></tr>
            <tr><td height="28"><img src="images/dot.gif" />&nbsp;<a href="NewsShow.aspx?id=1880" target="_blank">我院远程医疗协作网再添新成员 成员单位增至36家</a></td><td align="right" width="70">12-01</td></tr>
        </table></td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="3" class="links">友情链接：<a href="http://wjw.nanchong.gov.example.cn/" target="_blank">南充市卫生健康委员会</a>&nbsp;<a href="http://www.nsmc.example.edu.cn/" target="_blank">川北医学院</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td height="8"></td></tr>
  <tr><td align="center" height="24">Copyright &copy; 2012-2024 南充市中心医院 版权所有　地址：四川省南充市顺庆区人民南路97号　邮编：637000</td></tr>
  <tr><td align="center" height="24">咨询电话：0817-2258000　急救电话：0817-2222120　<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备05002618号</a>　技术支持：南充某某网络科技有限公司</td></tr>
</table>
</form>
</body>
</html>
