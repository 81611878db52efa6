#include "Dialogs.h"

#include <QMessageBox>
#include <QPushButton>

namespace ChoPhien {
namespace {
Dialogs::Handler& testHandler()
{
    static Dialogs::Handler handler;
    return handler;
}

void show(QWidget* parent, QMessageBox::Icon icon, Dialogs::Kind kind, const QString& title,
          const QString& text)
{
    if (testHandler()) {
        testHandler()(kind, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.addButton(QMessageBox::tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}
} // namespace

void Dialogs::inform(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, Kind::Information, title, text);
}

void Dialogs::error(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, Kind::Error, title, text);
}

bool Dialogs::ask(QWidget* parent, const QString& title, const QString& text, const QString& actionLabel)
{
    if (testHandler())
        return testHandler()(Kind::Question, title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* action = box.addButton(actionLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(action);
    box.exec();
    return box.clickedButton() == action;
}

void Dialogs::setTestHandler(Handler handler)
{
    testHandler() = std::move(handler);
}

} // namespace ChoPhien
